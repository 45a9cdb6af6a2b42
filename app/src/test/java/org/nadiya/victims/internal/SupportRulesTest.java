package org.nadiya.victims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nadiya.victims.InterviewWarning.CHILD_NO_LEGAL_REPRESENTATIVE;
import static org.nadiya.victims.InterviewWarning.CHILD_NO_PSYCHOLOGIST;
import static org.nadiya.victims.InterviewWarning.CHILD_REPEATED_INTERVIEW;
import static org.nadiya.victims.InterviewWarning.RECORDED_TESTIMONY_EXISTS;
import static org.nadiya.victims.InterviewWarning.THRESHOLD_REACHED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.victims.Interview;
import org.nadiya.victims.InterviewPlan;
import org.nadiya.victims.InterviewPurpose;
import org.nadiya.victims.InterviewStatus;
import org.nadiya.victims.InterviewWarning;
import org.nadiya.victims.StatusDecision;
import org.nadiya.victims.StatusWarning;

/** The warning rules before an interview is planned, and the dates of a status application. */
class SupportRulesTest {

    static final LocalDate D = LocalDate.of(2025, 3, 10);

    static Interview past(InterviewStatus status, boolean video) {
        return new Interview(1, 1, D.minusDays(30), "НПУ, слідчий", InterviewPurpose.INTERROGATION, video, true, true,
                false, status, status == InterviewStatus.DONE ? 60 : null, Set.of(), null, "t");
    }

    static InterviewPlan plan(boolean psychologist, boolean representative) {
        return new InterviewPlan(D, "Прокуратура, прокурор", InterviewPurpose.INTERROGATION, true, psychologist,
                representative, false, null);
    }

    static Stream<Arguments> interviewCases() {
        var done = past(InterviewStatus.DONE, false);
        var recorded = past(InterviewStatus.DONE, true);
        var plannedRecorded = past(InterviewStatus.PLANNED, true);
        var cancelled = past(InterviewStatus.CANCELLED, false);
        return Stream.of(
                // name, child, previous, psychologist, representative, threshold, expected
                Arguments.of("first interview of an adult", false, List.of(), false, false, 2, Set.of()),
                Arguments.of("recorded testimony exists", false, List.of(recorded), false, false, 2,
                        Set.of(RECORDED_TESTIMONY_EXISTS)),
                Arguments.of("a planned recording is not a testimony", false, List.of(plannedRecorded), false, false, 2,
                        Set.of()),
                Arguments.of("one previous, threshold 2", false, List.of(done), false, false, 2, Set.of()),
                Arguments.of("two previous, threshold 2", false, List.of(done, done), false, false, 2,
                        Set.of(THRESHOLD_REACHED)),
                Arguments.of("two previous, threshold 3", false, List.of(done, done), false, false, 3, Set.of()),
                Arguments.of("three previous, threshold 3", false, List.of(done, done, done), false, false, 3,
                        Set.of(THRESHOLD_REACHED)),
                Arguments.of("cancelled ones do not count", false, List.of(done, cancelled, cancelled), false, false, 2,
                        Set.of()),
                Arguments.of("child without psychologist", true, List.of(), false, true, 2, Set.of(CHILD_NO_PSYCHOLOGIST)),
                Arguments.of("child without representative", true, List.of(), true, false, 2,
                        Set.of(CHILD_NO_LEGAL_REPRESENTATIVE)),
                Arguments.of("child without either", true, List.of(), false, false, 2,
                        Set.of(CHILD_NO_PSYCHOLOGIST, CHILD_NO_LEGAL_REPRESENTATIVE)),
                Arguments.of("child with both", true, List.of(), true, true, 2, Set.of()),
                Arguments.of("adult without either: no child warnings", false, List.of(), false, false, 2, Set.of()),
                Arguments.of("all at once", true, List.of(recorded, done), false, false, 2,
                        EnumSet.allOf(InterviewWarning.class)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interviewCases")
    void interviewWarnings(String name, boolean child, List<Interview> previous, boolean psychologist,
                           boolean representative, int threshold, Set<InterviewWarning> expected) {
        assertThat(SupportRules.interviewWarnings(child, true, new ArrayList<>(previous), plan(psychologist, representative),
                threshold, 30)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void aChildsInterviewWithinThePeriodOfAnotherWarnsAnAdultsDoesNot() {
        var threeDaysBefore = new Interview(1, 1, D.minusDays(3), "НПУ", InterviewPurpose.INTERROGATION, false, true, true,
                false, InterviewStatus.DONE, 30, Set.of(), null, "t");
        var plannedAfter = new Interview(2, 1, D.plusDays(20), "Суд", InterviewPurpose.COURT_HEARING, false, true, true,
                false, InterviewStatus.PLANNED, null, Set.of(), null, "t");
        var longAgo = new Interview(3, 1, D.minusDays(31), "НПУ", InterviewPurpose.INTERROGATION, false, true, true,
                false, InterviewStatus.DONE, 30, Set.of(), null, "t");
        var cancelled = new Interview(4, 1, D.minusDays(1), "НПУ", InterviewPurpose.INTERROGATION, false, true, true,
                false, InterviewStatus.CANCELLED, null, Set.of(), null, "t");
        assertThat(SupportRules.interviewWarnings(true, true, List.of(threeDaysBefore), plan(true, true), 5, 30))
                .containsExactly(CHILD_REPEATED_INTERVIEW);
        assertThat(SupportRules.interviewWarnings(true, true, List.of(plannedAfter), plan(true, true), 5, 30))
                .containsExactly(CHILD_REPEATED_INTERVIEW);
        assertThat(SupportRules.interviewWarnings(true, true, List.of(longAgo, cancelled), plan(true, true), 5, 30)).isEmpty();
        assertThat(SupportRules.interviewWarnings(false, true, List.of(threeDaysBefore), plan(true, true), 5, 30)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aRepresentativePlannedCountsOnlyIfOneIsRecordedForTheChild() {
        assertThat(SupportRules.interviewWarnings(true, false, List.of(), plan(true, true), 2, 30))
                .containsExactly(CHILD_NO_LEGAL_REPRESENTATIVE);
        assertThat(SupportRules.interviewWarnings(true, true, List.of(), plan(true, true), 2, 30)).isEmpty();
        assertThat(SupportRules.interviewWarnings(false, false, List.of(), plan(false, false), 2, 30)).isEmpty();
    }

    @Test
    void theDecisionIsDueOneMonthAfterTheInterview() {
        assertThat(SupportRules.decisionDue(LocalDate.of(2025, 1, 31))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(SupportRules.decisionDue(null)).isNull();
        var interview = LocalDate.of(2025, 1, 10);
        assertThat(SupportRules.statusWarnings(StatusDecision.PENDING, interview, null, LocalDate.of(2025, 2, 10)))
                .isEmpty();
        assertThat(SupportRules.statusWarnings(StatusDecision.PENDING, interview, null, LocalDate.of(2025, 2, 11)))
                .containsExactly(StatusWarning.DECISION_OVERDUE);
        assertThat(SupportRules.statusWarnings(StatusDecision.PENDING, null, null, LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(SupportRules.statusWarnings(StatusDecision.REFUSED, interview, null, LocalDate.of(2026, 1, 1)))
                .isEmpty();
    }

    @Test
    void validityIsTwoYearsAtMost() {
        assertThat(SupportRules.validUntil(D, null)).isEqualTo(D.plusYears(2));
        assertThat(SupportRules.validUntil(D, D.plusYears(1))).isEqualTo(D.plusYears(1));
        assertThat(SupportRules.validUntil(D, D.plusYears(2))).isEqualTo(D.plusYears(2));
        assertThatThrownBy(() -> SupportRules.validUntil(D, D.plusYears(2).plusDays(1)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("validUntil");
        assertThatThrownBy(() -> SupportRules.validUntil(D, D)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void oneExtensionWithinValidityByAtMostAYear() {
        var until = D.plusYears(2);
        SupportRules.checkExtension(StatusDecision.GRANTED, until, null, until, until.plusYears(1));
        SupportRules.checkExtension(StatusDecision.GRANTED, until, null, until.minusDays(10), until.plusMonths(6));
        assertThatThrownBy(() -> SupportRules.checkExtension(StatusDecision.GRANTED, until, until.minusDays(5),
                until, until.plusMonths(1))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already been extended");
        assertThatThrownBy(() -> SupportRules.checkExtension(StatusDecision.GRANTED, until, null, until.plusDays(1),
                until.plusMonths(1))).isInstanceOf(InvalidInputException.class).extracting("field")
                .isEqualTo("extendedOn");
        assertThatThrownBy(() -> SupportRules.checkExtension(StatusDecision.GRANTED, until, null, until,
                until.plusYears(1).plusDays(1))).isInstanceOf(InvalidInputException.class).extracting("field")
                .isEqualTo("extendedUntil");
        assertThatThrownBy(() -> SupportRules.checkExtension(StatusDecision.GRANTED, until, null, until, until))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SupportRules.checkExtension(StatusDecision.REFUSED, null, null, D, D.plusYears(1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SupportRules.checkExtension(StatusDecision.PENDING, null, null, D, D.plusYears(1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void expiryIsWarnedThirtyDaysAhead() {
        var ends = LocalDate.of(2025, 6, 30);
        assertThat(SupportRules.statusWarnings(StatusDecision.GRANTED, null, ends, ends.minusDays(31))).isEmpty();
        assertThat(SupportRules.statusWarnings(StatusDecision.GRANTED, null, ends, ends.minusDays(30)))
                .containsExactly(StatusWarning.EXPIRING);
        assertThat(SupportRules.statusWarnings(StatusDecision.GRANTED, null, ends, ends))
                .containsExactly(StatusWarning.EXPIRING);
        assertThat(SupportRules.statusWarnings(StatusDecision.GRANTED, null, ends, ends.plusDays(1)))
                .containsExactly(StatusWarning.EXPIRED);
    }
}
