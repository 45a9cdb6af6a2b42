package org.nadiya.match.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Latin spellings of the countries on the trafficking routes, Belarusian Cyrillic and Łacinka, name equivalents,
 * gender forms, patronymics, surname-first with a comma and initials (issue 19). The examples are public figures
 * who were never members of Ukraine's Verkhovna Rada (those names are kept for the independent check).
 */
class OrthographiesTest {

    private final NameScorer scorer = new NameScorer();

    private void sameAbove(String reference, String... spellings) {
        for (String spelling : spellings) {
            assertThat(scorer.score(reference, spelling)).as(reference + " / " + spelling)
                    .isGreaterThanOrEqualTo(NameScorer.DEFAULT_THRESHOLD);
            assertThat(scorer.score(spelling, reference)).as(spelling + " / " + reference)
                    .isGreaterThanOrEqualTo(NameScorer.DEFAULT_THRESHOLD);
        }
    }

    @Test
    void theLatinConventionsOfTheRouteCountries() {
        sameAbove("Володимир Зеленський",
                "Volodymyr Zelenskyy", // English press, KMU 2010
                "Wolodymyr Selenskyj", // German
                "Wołodymyr Zełenski", // Polish
                "Volodymyr Zelenskyj", // Czech, Slovak, scholarly
                "Volodimir Zelenszkij", // Hungarian
                "Volodîmîr Zelenski", // Romanian
                "Volodimir Zelenskiy", // Turkish
                "Volodimirs Zelenskis", // Latvian
                "Volodymyras Zelenskis", // Lithuanian
                "Volodõmõr Zelenskõi", // Estonian
                "Volodymyr Zelensky", // French, Dutch, Spanish, Italian, Portuguese press
                "Volodymyr Zelens'kyj", // ISO 9 with the prime as an apostrophe
                "Владимир Зеленский", // Russian
                "Уладзімір Зяленскі"); // Belarusian
        sameAbove("Андрій Шевченко",
                "Andrij Szewczenko", "Andrij Schewtschenko", "Andreï Chevtchenko", "Andrij Sjevtsjenko", // pl de fr nl
                "Andrij Sjevtjenko", "Andrij Ševčenko", "Andrij Sevcsenko", "Andrei Șevcenko", // sv cs hu ro
                "Andriy Şevçenko", "Andrejs Ševčenko", "Andriy Shevchenko", "Андрей Шевченко"); // tr lv en ru
        sameAbove("Валерій Залужний", "Walerij Saluschnyj", "Wałerij Załużny", "Valerij Zalužnyj", "Valeri Zaloujny");
    }

    @Test
    void belarusianCyrillicAndLacinka() {
        sameAbove("Святлана Алексіевіч", "Светлана Алексиевич", "Swiatłana Aleksijewicz", "Sviatlana Alexievich",
                "Swetlana Alexijewitsch", "Svetlana Aleksijevič", "Sviatłana Aleksijevič");
        assertThat(Readings.of("Волкаў")).containsExactly("volkav");
        assertThat(Readings.of("Bazanau")).contains("bazanav");
    }

    @Test
    void givenNameEquivalentsAcrossUkrainianRussianAndBelarusian() {
        String[][] groups = {{"Сергій", "Сергей", "Сяргей"}, {"Володимир", "Владимир", "Уладзімір"},
            {"Юрій", "Юрий", "Юры"}, {"Юхим", "Ефим"}, {"Надія", "Надежда", "Надзея"},
            {"Олександр", "Александр", "Аляксандр"}, {"Микола", "Николай", "Мікалай"}};
        for (String[] group : groups) {
            for (String a : group) {
                for (String b : group) {
                    assertThat(NameScorer.tokenSimilarity(NameToken.of(a), NameToken.of(b), null)).as(a + " / " + b)
                            .isGreaterThanOrEqualTo(NameScorer.SAME_GIVEN_NAME);
                }
            }
        }
        // Two different names of the list are different however alike they look.
        assertThat(scorer.score("Олена Мельник", "Олег Мельник")).isLessThan(0.1);
        assertThat(scorer.score("Ірина Мельник", "Інна Мельник")).isLessThan(0.1);
    }

    @Test
    void surnameFormsByGenderAndLanguage() {
        sameAbove("Олена Зеленська", "Елена Зеленская", "Ołena Zełenska", "Olena Zelenská", "Olena Zelenska");
        sameAbove("Юлія Тимошенко", "Julija Tymošenková"); // Czech feminine -ová on a surname without gender
        sameAbove("Сергій Іваненко", "Sergejus Ivanenko"); // Lithuanian nominative
        sameAbove("Олег Смирнов", "Olegs Smirnovs", "Olegas Smirnovas");
        // A wife and her husband are two people.
        assertThat(scorer.score("Олена Зеленська", "Володимир Зеленський")).isLessThan(0.1);
    }

    @Test
    void patronymicsOptionalSurnameFirstWithCommaAndInitials() {
        sameAbove("Шевченко, Андрій Миколайович", "Andriy Shevchenko", "Андрей Николаевич Шевченко",
                "Andrij Mykolajowytsch Schewtschenko");
        assertThat(scorer.score("Шевченко Андрій Миколайович", "Шевченко Андрій Петрович")).isLessThan(0.1);
        // Kazakh and Kyrgyz patronymics, Russian and Turkic forms of one father's name.
        sameAbove("Кожахметов Арман Тулешович", "ҚОЖАХМЕТОВ Арман Төлешұлы", "KOZHAKHMETOV ArmanTuleshovich");
        // Initials and diminutives are weak: below the threshold alone, above unrelated names.
        assertThat(scorer.score("А. М. Шевченко", "Андрій Миколайович Шевченко")).isEqualTo(Calibration.WEAK_CAP);
        assertThat(scorer.score("Саша Мельник", "Олександр Мельник")).isEqualTo(Calibration.WEAK_CAP);
        assertThat(scorer.score("Мельник", "Олена Мельник")).isLessThanOrEqualTo(Calibration.WEAK_CAP);
    }

    @Test
    void differentPeopleWithOneSharedWordStayFarBelow() {
        assertThat(scorer.score("Тарас Шевченко", "Андрій Шевченко")).isLessThan(0.05);
        assertThat(scorer.score("Андрій Ковальчук", "Андрій Коваленко")).isLessThan(NameScorer.DEFAULT_THRESHOLD);
    }
}
