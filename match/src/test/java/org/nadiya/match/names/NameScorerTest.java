package org.nadiya.match.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameScorerTest {

    private final NameScorer scorer = new NameScorer();

    @Test
    void theIssueExampleMatchesAcrossScriptsAndConventions() {
        String[] spellings = {"Олександр Ковальчук", "Oleksandr Kovalchuk", "Aleksandr Kowaltschuk", "Ковальчук Александр",
            "Ołeksandr Kowalczuk", "Alexandre Kovaltchouk", "Oleksandr Kovalčuk"};
        for (String a : spellings) {
            for (String b : spellings) {
                assertThat(scorer.score(a, b)).as(a + " / " + b).isGreaterThanOrEqualTo(NameScorer.DEFAULT_THRESHOLD);
            }
        }
    }

    @Test
    void readingsFoldTheConventions() {
        assertThat(Readings.of("Ковальчук")).containsExactly("kovalCuk");
        assertThat(Readings.of("Kowaltschuk")).contains("kovalCuk");
        assertThat(Readings.of("Kowalczuk")).contains("kovalCuk");
        assertThat(Readings.of("Kovaltchouk")).contains("kovalCuk");
        assertThat(Readings.of("Зеленський")).containsExactly("zelenski");
        assertThat(Readings.of("Selenskyj")).contains("zelenski");
        assertThat(Readings.of("Zełenski")).containsExactly("zelenski");
    }

    @Test
    void differentPeopleStayBelowTheThreshold() {
        assertThat(scorer.score("Андрій Шевченко", "Тарас Шевченко")).isLessThan(NameScorer.DEFAULT_THRESHOLD);
        assertThat(scorer.score("Віктор Янукович", "Віктор Ющенко")).isLessThan(NameScorer.DEFAULT_THRESHOLD);
        assertThat(scorer.score("Leonid Kravchuk", "Leonid Kuchma")).isLessThan(NameScorer.DEFAULT_THRESHOLD);
    }

    @Test
    void aSlavicPatronymicIsPreferredToAGivenNameWithATurkicEnding() {
        // Айсулуу ends like the Kyrgyz -уулу; Турусбековна is the patronymic.
        assertThat(PersonName.of("Мамашова Айсулуу Турусбековна").patronymic.text).isEqualTo("Турусбековна");
        assertThat(scorer.score("Мамашова Айсулуу Турусбековна", "Aisuluu Mamashova"))
                .isGreaterThanOrEqualTo(NameScorer.DEFAULT_THRESHOLD);
        assertThat(PersonName.of("Асылбек уулу Дамирбек").patronymic.text).isEqualTo("Асылбек");
    }

    @Test
    void patronymicsAreSetApartAndCompared() {
        assertThat(scorer.score("Янукович Віктор Федорович", "Viktor Yanukovych")).isGreaterThanOrEqualTo(NameScorer.DEFAULT_THRESHOLD);
        assertThat(scorer.score("Іван Петрович Бондар", "Бондар Іван Петрович")).isGreaterThan(0.95);
        assertThat(scorer.score("Іван Петрович Бондар", "Іван Степанович Бондар")).isLessThan(NameScorer.DEFAULT_THRESHOLD);
    }

    @Test
    void russianFormsAndDiminutivesOfGivenNames() {
        var explained = scorer.explain("Юрій Мельник", "Юрий Мельник");
        assertThat(explained.score()).isGreaterThan(0.9);
        var weak = scorer.explain("Саша Мельник", "Олександр Мельник");
        assertThat(weak.reasons()).anyMatch(r -> r.contains("diminutive"));
        assertThat(weak.score()).isLessThan(scorer.score("Олександр Мельник", "Oleksandr Melnyk"));
    }

    @Test
    void hyphenatedSurnamesAndInitials() {
        assertThat(scorer.score("Марія Петренко-Коваленко", "Maria Petrenko")).isGreaterThanOrEqualTo(NameScorer.DEFAULT_THRESHOLD);
        // An initial is weak evidence: a candidate for a date of birth to confirm, never a match alone.
        assertThat(scorer.score("О. Ковальчук", "Олександр Ковальчук")).isEqualTo(Calibration.WEAK_CAP)
                .isLessThan(NameScorer.DEFAULT_THRESHOLD).isGreaterThan(scorer.score("О. Ковальчук", "Тарас Ковальчук"));
        assertThat(Calibration.WEAK_CAP).as("weak evidence stays below the threshold").isLessThan(Calibration.THRESHOLD);
    }

    @Test
    void reasonsSayWhy() {
        var explained = scorer.explain("Ковальчук Олександр", "Oleksandr Kovalchuk");
        assertThat(explained.reasons()).anyMatch(r -> r.contains("word order differs"));
        assertThat(explained.reasons()).anyMatch(r -> r.startsWith("Ковальчук / Kovalchuk"));
    }

    @Test
    void emptyNamesScoreZero() {
        assertThat(scorer.score("123", "Ivan Petrenko")).isZero();
    }
}
