package org.nadiya.identification;

import java.util.List;

/**
 * Screenings counted by region, agency, result and indicator. A count below {@code minimumCount} (but above
 * zero) is suppressed: {@code count} is null, so that no cell points at a handful of encounters.
 */
public record ScreeningSummary(int minimumCount, Cell total, List<Cell> byRegion, List<Cell> byAgency,
                               List<Cell> bySignal, List<Cell> byIndicator) {

    /** One count; {@code count} null when suppressed. */
    public record Cell(String key, Integer count) {

        public boolean suppressed() {
            return count == null;
        }
    }
}
