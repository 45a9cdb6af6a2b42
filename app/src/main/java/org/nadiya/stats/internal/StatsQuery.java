package org.nadiya.stats.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nadiya.kernel.InvalidInputException;

/**
 * A request for one table: the dimensions to break it down by (one or two), the period, filters on dimensions
 * (any dimension of the table, e.g. {@code region=UA-46}) and whether to round to base 5. Built from request
 * parameters; every error names the parameter at fault.
 *
 * <p>What may be asked is bounded (decision 0036): at most {@value #MAX_DIMENSIONS} dimensions between the
 * breakdown and the filters, and a period that is one whole calendar year, quarter or month (or all time). Each
 * published cell carries its own noise; a reader who could ask for any range of days or any number of filters could
 * build many different groups that differ by the same few persons and average their noise away.
 */
record StatsQuery(StatsTable table, List<String> by, LocalDate from, LocalDate to, Map<String, String> filters,
                  boolean rounded) {

    static final Set<String> RESERVED = Set.of("by", "from", "to", "round", "period");
    static final int MAX_DIMENSIONS = 3;

    static StatsQuery parse(Catalogue catalogue, String tableName, Map<String, String> params) {
        StatsTable table = catalogue.table(tableName).orElseThrow(() -> new InvalidInputException("table", "error.stats.table.unknown", tableName, catalogue.tables().stream().map(StatsTable::name)
                        .toList()));
        return parse(table, params);
    }

    static StatsQuery parse(StatsTable table, Map<String, String> params) {
        String byText = params.getOrDefault("by", "").trim();
        if (byText.isEmpty()) {
            throw new InvalidInputException("by", "error.stats.by.required", table.name(), table.dimensionNames());
        }
        List<String> by = new ArrayList<>();
        for (String name : byText.split(",")) {
            String dim = name.trim();
            if (table.dimension(dim).isEmpty()) {
                throw new InvalidInputException("by", "error.stats.by.unknown", dim, table.name(), table.dimensionNames());
            }
            if (by.contains(dim)) {
                throw new InvalidInputException("by", "error.stats.by.twice", dim);
            }
            by.add(dim);
        }
        if (by.size() > 2) {
            throw new InvalidInputException("by", "error.stats.by.tooMany");
        }
        Period period = params.get("period") != null && !params.get("period").isBlank()
                ? calendarPeriod(params.get("period")) : period(params.get("from"), params.get("to"));
        LocalDate from = period.from();
        LocalDate to = period.to();
        Map<String, String> filters = new LinkedHashMap<>();
        for (var entry : params.entrySet()) {
            if (RESERVED.contains(entry.getKey()) || entry.getValue() == null || entry.getValue().isBlank()) {
                continue;
            }
            if (table.dimension(entry.getKey()).isEmpty()) {
                throw new InvalidInputException(entry.getKey(), "error.stats.filter.unknown", table.name(), table.dimensionNames());
            }
            filters.put(entry.getKey(), entry.getValue().trim());
        }
        var named = new java.util.LinkedHashSet<>(by);
        named.addAll(filters.keySet());
        if (named.size() > MAX_DIMENSIONS) {
            throw new InvalidInputException(filters.isEmpty() ? "by" : filters.keySet().iterator().next(),
                    "error.stats.tooManyDimensions");
        }
        String round = params.getOrDefault("round", "").trim();
        if (!round.isEmpty() && !round.equals("5") && !round.equals("1")) {
            throw new InvalidInputException("round", "error.stats.round.base");
        }
        return new StatsQuery(table, List.copyOf(by), from, to, Map.copyOf(filters), round.equals("5"));
    }

    /**
     * A period given by its first and last day: all time (neither), or exactly one calendar year, quarter or month.
     */
    static Period period(String fromText, String toText) {
        LocalDate from = date("from", fromText);
        LocalDate to = date("to", toText);
        if (from == null && to == null) {
            return new Period(null, null);
        }
        if (from == null || to == null || !org.nadiya.disclosure.CalendarUnits.isWhole(from, to)) {
            throw new InvalidInputException(from == null ? "from" : "to", "error.stats.period");
        }
        return new Period(from, to);
    }

    /** "2025", "2025-Q2" or "2025-03". */
    static Period calendarPeriod(String text) {
        var m = java.util.regex.Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?").matcher(text.trim());
        if (!m.matches()) {
            throw new InvalidInputException("period", "error.stats.period");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            LocalDate from = LocalDate.of(year, (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
            return new Period(from, from.plusMonths(3).minusDays(1));
        }
        if (m.group(3) != null) {
            LocalDate from = LocalDate.of(year, Integer.parseInt(m.group(3)), 1);
            return new Period(from, from.plusMonths(1).minusDays(1));
        }
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** k of the research export: 11 unless given, never below 5. */
    static int k(String text) {
        if (text == null || text.isBlank()) {
            return org.nadiya.disclosure.KAnonymity.DEFAULT_K;
        }
        try {
            int k = Integer.parseInt(text.trim());
            if (k >= 5 && k <= 1000) {
                return k;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("k", "error.stats.k.range");
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "error.common.date.format");
        }
    }
}
