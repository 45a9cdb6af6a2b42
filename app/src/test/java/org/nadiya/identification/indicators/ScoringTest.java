package org.nadiya.identification.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ScoringTest {

    private final Catalogue catalogue = Catalogues.shipped();
    private final Scoring scoring = new Scoring(catalogue);

    private static List<String> steps(Assessment a) {
        return a.steps().stream().map(NextStep::id).toList();
    }

    @Test
    void everyIndicatorGroupIsReachableAndLeadsTheResult() {
        for (IndicatorGroup group : catalogue.groups()) {
            Map<String, Answer> answers = new HashMap<>();
            group.indicators().forEach(i -> answers.put(i.id(), Answer.YES));
            var a = scoring.assess(answers, AgeBand.ADULT);
            assertThat(a.led()).as(group.id()).isNotEmpty().allMatch(i -> i.groupId().equals(group.id()));
            assertThat(a.signal()).as(group.id() + " all YES").isIn(Signal.STRONG, Signal.MEDIUM);
            // each indicator on its own changes the score
            for (Indicator i : group.indicators()) {
                assertThat(scoring.assess(Map.of(i.id(), Answer.YES), AgeBand.ADULT).score()).as(i.id())
                        .isEqualTo(i.weight().points());
            }
        }
    }

    @Test
    void theThresholdsForAdults() {
        assertThat(scoring.assess(Map.of(), AgeBand.ADULT).signal()).isEqualTo(Signal.WEAK);
        assertThat(scoring.assess(Map.of("ilo.wages", Answer.YES, "ilo.overtime", Answer.YES), AgeBand.ADULT).signal())
                .as("two medium").isEqualTo(Signal.WEAK);
        assertThat(scoring.assess(Map.of("ilo.documents", Answer.YES), AgeBand.ADULT).signal())
                .as("one strong").isEqualTo(Signal.MEDIUM);
        var strong = scoring.assess(Map.of("ilo.documents", Answer.YES, "ilo.debt", Answer.YES, "ilo.wages", Answer.NO),
                AgeBand.ADULT);
        assertThat(strong.signal()).isEqualTo(Signal.STRONG);
        assertThat(strong.led()).extracting(Indicator::id).containsExactlyInAnyOrder("ilo.documents", "ilo.debt");
        assertThat(steps(strong)).contains("separate", "call-coordinator", "no-detention", "offer-contacts")
                .doesNotContain("child-path", "weak-signal");
        assertThat(scoring.assess(Map.of("general.companion", Answer.NO), AgeBand.ADULT).unknowns())
                .isEqualTo(catalogue.indicators().size() - 1);
    }

    @Test
    void aChildOrAPersonOfUnclearAgeAlwaysGetsTheChildPath() {
        for (AgeBand age : List.of(AgeBand.UNDER_14, AgeBand.AGE_14_17, AgeBand.UNCLEAR)) {
            var nothing = scoring.assess(Map.of(), age);
            assertThat(nothing.childPath()).as(age.name()).isTrue();
            assertThat(steps(nothing)).as(age.name()).contains("child-path", "call-coordinator");
            // for a child the means are irrelevant: one medium indicator is already a medium signal
            assertThat(scoring.assess(Map.of("child.non-relatives", Answer.YES), age).signal()).isEqualTo(Signal.MEDIUM);
            assertThat(scoring.assess(Map.of("child.found", Answer.YES), age).signal()).isEqualTo(Signal.STRONG);
        }
        var adult = scoring.assess(Map.of("child.non-relatives", Answer.YES), AgeBand.ADULT);
        assertThat(adult.childPath()).isFalse();
        assertThat(steps(adult)).doesNotContain("child-path");
    }

    @Test
    void guidanceFollowsTheIndicators() {
        assertThat(steps(scoring.assess(Map.of("general.injuries", Answer.YES), AgeBand.ADULT))).contains("medical");
        assertThat(steps(scoring.assess(Map.of("criminality.proceeds", Answer.YES), AgeBand.ADULT))).contains("no-detention");
        assertThat(steps(scoring.assess(Map.of("displaced.too-good", Answer.YES), AgeBand.ADULT))).contains("documents-safe");
        var answeredAll = new HashMap<String, Answer>();
        catalogue.indicators().forEach(i -> answeredAll.put(i.id(), Answer.NO));
        var clear = scoring.assess(answeredAll, AgeBand.ADULT);
        assertThat(steps(clear)).contains("weak-signal", "offer-contacts").doesNotContain("unknowns", "separate");
        assertThat(steps(scoring.assess(Map.of(), AgeBand.ADULT))).contains("unknowns");
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> scoring.assess(Map.of("no.such", Answer.YES), AgeBand.ADULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such");
        assertThatThrownBy(() -> scoring.assess(Map.of(), null)).hasMessageContaining("age");
    }

    /** Seeded random property: answering one more indicator YES never weakens the signal nor drops a led indicator. */
    @Test
    void oneMoreYesNeverWeakensTheSignal() {
        long seed = System.nanoTime();
        var random = new Random(seed);
        var ids = catalogue.indicators().stream().map(Indicator::id).toList();
        for (int run = 0; run < 500; run++) {
            Map<String, Answer> answers = new HashMap<>();
            for (String id : ids) {
                answers.put(id, Answer.values()[random.nextInt(3)]);
            }
            AgeBand age = AgeBand.values()[random.nextInt(AgeBand.values().length)];
            var before = scoring.assess(answers, age);
            String flip = ids.get(random.nextInt(ids.size()));
            answers.put(flip, Answer.YES);
            var after = scoring.assess(answers, age);
            assertThat(after.signal().ordinal()).as("seed " + seed + ", run " + run).isLessThanOrEqualTo(before.signal().ordinal());
            assertThat(after.led()).as("seed " + seed).containsAll(before.led());
            assertThat(after.childPath()).isEqualTo(age != AgeBand.ADULT);
        }
    }
}
