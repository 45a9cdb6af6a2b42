package org.nadiya.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class NormalisationTest {

    private static final Map<String, Double> PERIODS = Map.of("month", 1.0, "week", 4.33, "day", 22.0, "hour", 168.0);

    @Test
    void latinLettersInACyrillicWordBecomeCyrillicAndBack() {
        var text = new FoldedText("Рoбота в Пoльщі, працюємо по Pоland");
        assertThat(text.folded).isEqualTo("робота в польщі, працюємо по poland");
        assertThat(text.repairedWords).isEqualTo(3);
    }

    @Test
    void aTieOfScriptsIsLeftAlone() {
        assertThat(new FoldedText("Ab Аб").repairedWords).isZero();
        assertThat(new FoldedText("aБ").folded).isEqualTo("aб");
    }

    @Test
    void foldingKeepsAMapBackToTheOriginal() {
        var text = new FoldedText("  ТЕРМІНОВО!\n\n  Виїзд   завтра, Ёлка – «ок»");
        assertThat(text.folded).isEqualTo("терміново! виїзд завтра, елка - «ок»");
        int at = text.folded.indexOf("виїзд завтра");
        int start = text.originalStart(at);
        int end = text.originalEnd(at + "виїзд завтра".length());
        assertThat(text.original.substring(start, end)).isEqualTo("Виїзд   завтра");
    }

    @Test
    void everyFoldedCharacterComesFromItsOriginal() {
        var random = new Random(8);
        String alphabet = "аоеірсхуАОЕІРСХУaoeipcxyAOEIPCXY  \n\t’'-—1ёЁ";
        for (int n = 0; n < 2000; n++) {
            var raw = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            var text = new FoldedText(raw.toString());
            assertThat(text.repaired).hasSameSizeAs(text.original);
            for (int i = 0; i < text.folded.length(); i++) {
                char folded = text.folded.charAt(i);
                char source = text.repaired.charAt(text.originalStart(i));
                assertThat(folded == ' ' ? Character.isWhitespace(source) || source == ' '
                        : Character.toLowerCase(source) == folded || source == 'Ё' || source == 'ё'
                                || "’'-—".indexOf(source) >= 0).as("%s at %d", raw, i).isTrue();
            }
        }
    }

    @Test
    void languagesAreToldApartByLettersAndWords() {
        assertThat(Language.detect("робота в польщі без досвіду, житло надається")).isEqualTo(Language.UK);
        assertThat(Language.detect("работа в польше без опыта, жилье предоставляется")).isEqualTo(Language.RU);
        assertThat(Language.detect("warehouse work in poland, no experience")).isEqualTo(Language.EN);
        assertThat(Language.detect("12345 !!!")).isEqualTo(Language.UNKNOWN);
        assertThat(Language.detect("job в польщі for girls, робота")).isEqualTo(Language.UK);
    }

    @Test
    void amountsAndCurrenciesAreParsedInEveryForm() {
        assertThat(Money.find("зарплата 25 000 грн на місяць", PERIODS)).singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualTo(25000)).satisfies(m -> assertThat(m.currency()).isEqualTo("UAH"));
        assertThat(Money.find("₴30к", PERIODS).get(0).amount()).isEqualTo(30000);
        assertThat(Money.find("від 2,5 тис. € на місяць", PERIODS).get(0)).satisfies(m -> {
            assertThat(m.amount()).isEqualTo(2500);
            assertThat(m.currency()).isEqualTo("EUR");
        });
        assertThat(Money.find("pay $3,000 per month", PERIODS).get(0).amount()).isEqualTo(3000);
        assertThat(Money.find("4k eur", PERIODS).get(0).amount()).isEqualTo(4000);
        assertThat(Money.find("1200 zł/міс", PERIODS).get(0).currency()).isEqualTo("PLN");
        assertThat(Money.find("15 €/год", PERIODS).get(0)).satisfies(m -> {
            assertThat(m.period()).isEqualTo("hour");
            assertThat(m.perMonth()).isEqualTo(15 * 168.0);
        });
        assertThat(Money.find("100 usd в день", PERIODS).get(0).perMonth()).isEqualTo(2200);
        assertThat(Money.find("£500 a week", PERIODS).get(0).currency()).isEqualTo("GBP");
        assertThat(Money.find("3 ставки, 2 зміни, 40 годин", PERIODS)).isEmpty();
    }
}
