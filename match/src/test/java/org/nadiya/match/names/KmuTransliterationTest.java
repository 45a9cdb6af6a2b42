package org.nadiya.match.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Oracle: the examples printed in the table of KMU Resolution No. 55 of 27.01.2010 (see docs/sources.md). */
class KmuTransliterationTest {

    @ParameterizedTest
    @CsvSource({
        "Алушта, Alushta", "Андрій, Andrii", "Борщагівка, Borshchahivka", "Борисенко, Borysenko",
        "Вінниця, Vinnytsia", "Володимир, Volodymyr", "Гадяч, Hadiach", "Богдан, Bohdan", "Згурський, Zghurskyi",
        "Ґалаґан, Galagan", "Ґорґани, Gorgany", "Донецьк, Donetsk", "Дмитро, Dmytro", "Рівне, Rivne", "Олег, Oleh",
        "Есмань, Esman", "Єнакієве, Yenakiieve", "Гаєвич, Haievych", "Короп'є, Koropie", "Житомир, Zhytomyr",
        "Жанна, Zhanna", "Жежелів, Zhezheliv", "Закарпаття, Zakarpattia", "Казимирчук, Kazymyrchuk",
        "Медвин, Medvyn", "Михайленко, Mykhailenko", "Іванків, Ivankiv", "Іващенко, Ivashchenko",
        "Їжакевич, Yizhakevych", "Кадиївка, Kadyivka", "Мар'їне, Marine", "Йосипівка, Yosypivka", "Стрий, Stryi",
        "Олексій, Oleksii", "Київ, Kyiv", "Коваленко, Kovalenko", "Лебедин, Lebedyn", "Леонід, Leonid",
        "Миколаїв, Mykolaiv", "Маринич, Marynych", "Ніжин, Nizhyn", "Наталія, Nataliia", "Одеса, Odesa",
        "Онищенко, Onyshchenko", "Полтава, Poltava", "Петро, Petro", "Решетилівка, Reshetylivka",
        "Рибчинський, Rybchynskyi", "Суми, Sumy", "Соломія, Solomiia", "Тернопіль, Ternopil", "Троць, Trots",
        "Ужгород, Uzhhorod", "Уляна, Uliana", "Фастів, Fastiv", "Філіпчук, Filipchuk", "Харків, Kharkiv",
        "Христина, Khrystyna", "Біла Церква, Bila Tserkva", "Стеценко, Stetsenko", "Чернівці, Chernivtsi",
        "Шевченко, Shevchenko", "Шостка, Shostka", "Кишеньки, Kyshenky", "Щербухи, Shcherbukhy", "Гоща, Hoshcha",
        "Гаращенко, Harashchenko", "Юрій, Yurii", "Корюківка, Koriukivka", "Яготин, Yahotyn",
        "Ярошенко, Yaroshenko", "Костянтин, Kostiantyn", "Знам'янка, Znamianka", "Феодосія, Feodosiia",
        "Згорани, Zghorany", "Розгон, Rozghon"})
    void theOfficialExamples(String ukrainian, String latin) {
        assertThat(KmuTransliteration.transliterate(ukrainian)).isEqualTo(latin);
    }

    @Test
    void wordStartIsAfterSpaceAndHyphenButNotAfterAnApostrophe() {
        assertThat(KmuTransliteration.transliterate("Анна-Ярина Юрченко")).isEqualTo("Anna-Yaryna Yurchenko");
        assertThat(KmuTransliteration.transliterate("Пам’ять")).isEqualTo("Pamiat");
        assertThat(KmuTransliteration.transliterate("ЮРІЙ ЗГУРСЬКИЙ")).isEqualTo("YURII ZGHURSKYI");
    }

    @Test
    void latinDigitsAndPunctuationPassThrough() {
        assertThat(KmuTransliteration.transliterate("Kyiv, 01001 (Київ)")).isEqualTo("Kyiv, 01001 (Kyiv)");
    }

    /** Property: a word of Ukrainian letters (apostrophes inside) comes out as plain lower-case ASCII. */
    @Test
    void randomUkrainianWordsGiveAsciiOnly() {
        String alphabet = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'";
        long seed = 20100127L;
        Random random = new Random(seed);
        for (int n = 0; n < 2000; n++) {
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(12);
            word.append(alphabet.charAt(random.nextInt(alphabet.length() - 1)));
            for (int i = 1; i < length; i++) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String latin = KmuTransliteration.transliterate(word.toString());
            assertThat(latin).as("seed %d, word %s", seed, word).matches("[a-z]*");
        }
    }
}
