package org.nadiya.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The summary's "M regions" is withheld exactly when an attacker who knows the hidden cells' sum and which hidden
 * cells are non-empty could compute a hidden cell; checked against brute-force enumeration of every assignment.
 */
class RegionCountGuardTest {

    @Test
    void examplesFromTheDecision() {
        assertThat(SeedSummary.regionCountIsSafe(List.of())).isTrue();
        assertThat(SeedSummary.regionCountIsSafe(List.of(2L, 4L, 4L, 4L))).isTrue();
        assertThat(SeedSummary.regionCountIsSafe(List.of(1L, 1L))).as("both pinned to 1").isFalse();
        assertThat(SeedSummary.regionCountIsSafe(List.of(3L, 0L, 0L))).as("the only non-empty holds the sum").isFalse();
        assertThat(SeedSummary.regionCountIsSafe(List.of(0L, 0L))).isTrue();
    }

    @Test
    void theGuardAllowsOnlyWhatNoAssignmentPins() {
        var random = new Random(26);
        for (int round = 0; round < 2000; round++) {
            int cells = 1 + random.nextInt(4);
            List<Long> hidden = new ArrayList<>();
            for (int i = 0; i < cells; i++) {
                hidden.add(random.nextInt(3) == 0 ? 0L : 1L + random.nextInt(6));
            }
            assertThat(SeedSummary.regionCountIsSafe(hidden)).as("%s", hidden).isEqualTo(!pinned(hidden));
        }
    }

    /**
     * Every assignment with the same sum and the same non-empty cells (the attacker knows their number, not which
     * they are; assuming they know which is the stronger attacker): is some non-empty cell the same in all of them?
     */
    private static boolean pinned(List<Long> hidden) {
        long sum = hidden.stream().mapToLong(Long::longValue).sum();
        List<Integer> nonEmpty = new ArrayList<>();
        for (int i = 0; i < hidden.size(); i++) {
            if (hidden.get(i) > 0) {
                nonEmpty.add(i);
            }
        }
        for (int cell : nonEmpty) {
            boolean varies = false;
            for (int other : nonEmpty) {
                // move one person between this cell and another non-empty one, keeping both at least 1
                if (other != cell && (hidden.get(cell) > 1 || hidden.get(other) > 1)) {
                    varies = true;
                }
            }
            if (!varies && sum > 0) {
                return true;
            }
        }
        return false;
    }
}
