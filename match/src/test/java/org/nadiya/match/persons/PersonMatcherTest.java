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
    void datesOfBirthAddOrTakeAway() {
        double nameOnly = matcher.score(person("Олена Бондар", null), person("Alena Bondar", null));
        assertThat(matcher.score(person("Олена Бондар", "1990-04-07"), person("Alena Bondar", "07.04.1990"))).isGreaterThan(nameOnly);
        assertThat(matcher.score(person("Олена Бондар", "1990-04-07"), person("Alena Bondar", "1990-07-04")))
                .isGreaterThan(nameOnly).isLessThan(matcher.score(person("Олена Бондар", "1990-04-07"), person("Alena Bondar", "1990-04-07")));
        assertThat(matcher.score(person("Олена Бондар", "1990"), person("Alena Bondar", "1990-04-07"))).isEqualTo(nameOnly);
        assertThat(matcher.score(person("Олена Бондар", "1990-04-07"), person("Alena Bondar", "1972-01-30")))
                .isLessThan(PersonMatcher.DEFAULT_THRESHOLD);
    }

    @Test
    void aSharedIdentifierHelpsOnlyWhenTheNamesAgreeSomewhat() {
        var a = person("Ігор Савчук", null, "PHONE:+380671234567");
        var b = person("Igor Sauczuk", null, "PHONE:+380671234567");
        var recruiterVictim = person("Марта Лисенко", null, "PHONE:+380671234567");
        assertThat(matcher.score(a, b)).isGreaterThan(matcher.score(person("Ігор Савчук", null), person("Igor Sauczuk", null)));
        var explained = matcher.explain(a, recruiterVictim);
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
