package org.nadiya.match.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PersonMatcherTest {

    private final PersonMatcher matcher = new PersonMatcher();

    private static PersonRecord person(String name, String dob, String... identifiers) {
        return PersonRecord.of(name, name, dob == null ? null : BirthDate.parse(dob), Set.of(identifiers));
    }

    @Test
    void datesOfBirthAddOrTakeAwayOnTheLogOdds() {
        // An initial is weak name evidence (0.5): the date of birth decides.
        double nameOnly = matcher.score(person("Олена Бондар", null), person("О. Бондар", null));
        double exact = matcher.score(person("Олена Бондар", "1990-04-07"), person("О. Бондар", "07.04.1990"));
        double transposed = matcher.score(person("Олена Бондар", "1990-04-07"), person("О. Бондар", "1990-07-04"));
        double yearOnly = matcher.score(person("Олена Бондар", "1990"), person("О. Бондар", "1990-04-07"));
        double different = matcher.score(person("Олена Бондар", "1990-04-07"), person("О. Бондар", "1972-01-30"));
        assertThat(nameOnly).isEqualTo(0.5);
        assertThat(exact).isGreaterThan(transposed);
        assertThat(transposed).isGreaterThan(yearOnly);
        assertThat(yearOnly).isGreaterThan(nameOnly);
        assertThat(different).isLessThan(0.01);
        assertThat(matcher.match(person("Олена Бондар", "1990-04-07"), person("О. Бондар", "07.04.1990")).match()).isTrue();
    }

    @Test
    void neverOneOnANameAloneNorAgainstTheNames() {
        var nameOnly = matcher.explain(person("Олена Бондар", null), person("Alena Bondar", null));
        assertThat(nameOnly.score()).isGreaterThanOrEqualTo(PersonMatcher.DEFAULT_THRESHOLD);
        assertThat(nameOnly.match()).isFalse();
        assertThat(nameOnly.reasons()).anyMatch(r -> r.contains("nothing but the name agrees"));
        var dated = matcher.explain(person("Олена Бондар", "1990-04-07"), person("Alena Bondar", "1990-04-07"));
        assertThat(dated.match()).isTrue();
        assertThat(dated.evidence()).contains("date of birth exact").anyMatch(e -> e.startsWith("name "));
        // Twins: one surname, one date of birth, two given names.
        var twins = matcher.explain(person("Олена Бондар", "1990-04-07"), person("Олег Бондар", "1990-04-07"));
        assertThat(twins.match()).isFalse();
        var place = matcher.match(PersonRecord.of("a", "Олена Бондар", null, Set.of(), "Житомир"),
                PersonRecord.of("b", "Olena Bondar", null, Set.of(), " житомир "));
        assertThat(place.match()).isTrue();
        assertThat(place.evidence()).contains("same place житомир");
    }

    @Test
    void aSharedIdentifierHelpsOnlyWhenTheNamesAgree() {
        var a = person("Ігор Савчук", null, "PHONE:+380671234567");
        var b = person("Igor Sauczuk", null, "PHONE:+380671234567");
        var recruiterVictim = person("Марта Лисенко", null, "PHONE:+380671234567");
        assertThat(matcher.match(a, b).match()).isTrue();
        assertThat(matcher.match(person("Ігор Савчук", null), person("Igor Sauczuk", null)).match()).isFalse();
        var explained = matcher.explain(a, recruiterVictim);
        assertThat(explained.match()).isFalse();
        assertThat(explained.score()).isLessThan(PersonMatcher.DEFAULT_THRESHOLD);
        assertThat(explained.reasons()).anyMatch(r -> r.contains("a link, not one person"));
    }

    @Test
    void birthDatesParseOrSayWhy() {
        assertThat(BirthDate.parse("1.2.1999")).isEqualTo(new BirthDate(1999, 2, 1));
        assertThatThrownBy(() -> BirthDate.parse("31.02.1999")).hasMessageContaining("not a calendar date");
        assertThatThrownBy(() -> BirthDate.parse("Feb 1999")).hasMessageContaining("YYYY-MM-DD");
    }
}
