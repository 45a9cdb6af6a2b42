package org.nadiya.stats.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One counted unit (a proceeding, a person, a referral...) with its category in each dimension. A dimension may
 * hold several values (a person exploited in two forms); the unit is then counted once in each, and the table's
 * total counts unit-value pairs so that it stays the sum of its cells.
 *
 * @param on the date the period filter applies to (registration, sending, planning)
 */
record Fact(LocalDate on, Map<String, List<String>> values) {

    List<String> of(String dimension) {
        return values.getOrDefault(dimension, List.of(StatsTable.UNKNOWN));
    }
}
