package org.nadiya.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Invariants of the deadline over random histories (seeded; a failure prints the seed to replay): never before
 * two months, never beyond the ceiling plus the days not counted, and no extension or excluded period ever
 * brings it forward.
 */
class PretrialDeadlinePropertiesTest {

    private static final int RUNS = 5_000;

    @Test
    void extensionsAndExcludedPeriodsNeverShortenTheDeadline() {
        long seed = System.nanoTime();
        var random = new Random(seed);
        for (int run = 0; run < RUNS; run++) {
            LocalDate suspicion = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
            LocalDate today = suspicion.plusDays(random.nextInt(500));
            Seriousness seriousness = Seriousness.values()[random.nextInt(3)];
            List<DeadlineExtension> extensions = new ArrayList<>();
            List<ExcludedPeriod> periods = new ArrayList<>();
            var before = PretrialDeadline.compute(suspicion, seriousness, extensions, periods, today);
            for (int step = 0; step < 4; step++) {
                if (random.nextBoolean()) {
                    int months = new int[] {3, 6, 12}[random.nextInt(3)];
                    extensions.add(new DeadlineExtension(step, months, DeadlineExtension.Grantor.INVESTIGATING_JUDGE, "j", today));
                } else {
                    LocalDate from = suspicion.plusDays(random.nextInt(400) - 50);
                    LocalDate to = random.nextInt(4) == 0 ? null : from.plusDays(random.nextInt(60));
                    periods.add(new ExcludedPeriod(step, ExcludedPeriod.Kind.values()[random.nextInt(2)], from, to));
                }
                var after = PretrialDeadline.compute(suspicion, seriousness, extensions, periods, today);
                String replay = "seed " + seed + ", run " + run + ", step " + step;
                assertThat(after.due()).as(replay).isAfterOrEqualTo(before.due());
                assertThat(after.due()).as(replay).isAfterOrEqualTo(suspicion.plusMonths(2));
                assertThat(after.due()).as(replay)
                        .isBeforeOrEqualTo(suspicion.plusMonths(seriousness.ceilingMonths()).plusDays(after.excludedDays()));
                assertThat(after.excludedDays()).as(replay).isNotNegative();
                LocalDate lastEnd = periods.stream().map(p -> p.to() == null ? today : p.to()).max(LocalDate::compareTo)
                        .filter(d -> d.isAfter(suspicion)).orElse(suspicion);
                assertThat(after.excludedDays()).as(replay + ": periods count once")
                        .isLessThanOrEqualTo(java.time.temporal.ChronoUnit.DAYS.between(suspicion, lastEnd));
                before = after;
            }
        }
    }
}
