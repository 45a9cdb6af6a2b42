package org.nadiya.stats.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A SQL condition on one date column for an optional period, with its bound parameters. */
record Period(LocalDate from, LocalDate to) {

    /** " and column >= :from and column <= :to", only the bounds given. */
    String on(String column) {
        return (from == null ? "" : " and " + column + " >= :from") + (to == null ? "" : " and " + column + " <= :to");
    }

    Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        if (from != null) {
            params.put("from", from);
        }
        if (to != null) {
            params.put("to", to);
        }
        return params;
    }
}
