package org.nadiya.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PretrialDeadlineTest {

    private static final LocalDate SUSPICION = LocalDate.of(2026, 1, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 1);

    @Test
    void twoMonthsFromTheNoticeOfSuspicion() {
        var d = PretrialDeadline.compute(SUSPICION, Seriousness.GRAVE, List.of(), List.of(), TODAY);
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(d.allowedMonths()).isEqualTo(2);
        assertThat(d.ceilingMonths()).isEqualTo(12);
    }

    @Test
    void extensionsLengthenItUpToTheCeiling() {
        var three = new DeadlineExtension(1, 3, DeadlineExtension.Grantor.HEAD_OF_PROSECUTORS_OFFICE, "x", SUSPICION);
        var twelve = new DeadlineExtension(2, 12, DeadlineExtension.Grantor.INVESTIGATING_JUDGE, "y", SUSPICION);
        assertThat(PretrialDeadline.compute(SUSPICION, Seriousness.GRAVE, List.of(three), List.of(), TODAY).due())
                .isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(PretrialDeadline.compute(SUSPICION, Seriousness.ESPECIALLY_GRAVE, List.of(three, twelve), List.of(),
                TODAY).due()).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(PretrialDeadline.compute(SUSPICION, Seriousness.NON_GRAVE, List.of(twelve), List.of(), TODAY).due())
                .as("a non-grave crime stops at 6 months").isEqualTo(LocalDate.of(2026, 7, 10));
    }

    @Test
    void suspensionAndReviewOfMaterialsDoNotCount() {
        var suspended = new ExcludedPeriod(1, ExcludedPeriod.Kind.SUSPENSION, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 30));
        var review = new ExcludedPeriod(2, ExcludedPeriod.Kind.MATERIALS_REVIEW, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 6));
        var d = PretrialDeadline.compute(SUSPICION, Seriousness.GRAVE, List.of(), List.of(suspended, review), TODAY);
        assertThat(d.excludedDays()).isEqualTo(15);
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 3, 25));
    }

    @Test
    void anOpenSuspensionStopsTheClockUntilToday() {
        var open = new ExcludedPeriod(1, ExcludedPeriod.Kind.SUSPENSION, LocalDate.of(2026, 1, 25), null);
        assertThat(PretrialDeadline.compute(SUSPICION, Seriousness.GRAVE, List.of(), List.of(open), TODAY).excludedDays())
                .isEqualTo(7);
    }

    @Test
    void timeBeforeTheNoticeIsNotExcluded() {
        var before = new ExcludedPeriod(1, ExcludedPeriod.Kind.SUSPENSION, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 15));
        assertThat(PretrialDeadline.compute(SUSPICION, Seriousness.GRAVE, List.of(), List.of(before), TODAY).excludedDays())
                .isEqualTo(5);
    }

    @Test
    void overlappingPeriodsCountOnce() {
        var suspended = new ExcludedPeriod(1, ExcludedPeriod.Kind.SUSPENSION, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 30));
        var overlapping = new ExcludedPeriod(2, ExcludedPeriod.Kind.MATERIALS_REVIEW, LocalDate.of(2026, 1, 25), LocalDate.of(2026, 2, 4));
        var inside = new ExcludedPeriod(3, ExcludedPeriod.Kind.MATERIALS_REVIEW, LocalDate.of(2026, 1, 21), LocalDate.of(2026, 1, 22));
        assertThat(PretrialDeadline.compute(SUSPICION, Seriousness.GRAVE, List.of(), List.of(suspended, overlapping, inside),
                TODAY).excludedDays()).isEqualTo(15);
    }

    @ParameterizedTest
    @CsvSource({"-1,OVERDUE", "0,DAYS_3", "3,DAYS_3", "4,DAYS_14", "14,DAYS_14", "15,DAYS_30", "30,DAYS_30", "31,NONE"})
    void warnsThirtyFourteenAndThreeDaysAhead(long daysLeft, PretrialDeadline.Warning expected) {
        assertThat(PretrialDeadline.Warning.of(daysLeft)).isEqualTo(expected);
    }
}
