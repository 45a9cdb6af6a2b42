package org.nadiya.stats.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.nadiya.disclosure.CalendarUnits;

/**
 * The calendar dimensions of a unit's date: year, quarter ("2025-Q2") and month ("2025-03"). They are also the only
 * periods a table may be restricted to (decision 0036): whole units of the calendar, never a range of days.
 */
final class Calendar {

    private Calendar() {
    }

    /** The observed periods of a calendar dimension with the empty ones between them; other dimensions as they are. */
    static java.util.SortedSet<String> withoutGaps(String dimension, java.util.SortedSet<String> observed) {
        if (observed.isEmpty() || !(dimension.equals("quarter") || dimension.equals("month") || dimension.equals("year"))
                || !observed.first().matches("\\d{4}.*") || !observed.last().matches("\\d{4}.*")) {
            return observed;
        }
        var all = new java.util.TreeSet<>(observed);
        LocalDate day = start(observed.first());
        LocalDate last = start(observed.last());
        while (day != null && last != null && !day.isAfter(last)) {
            all.add(dimension.equals("year") ? CalendarUnits.year(day)
                    : dimension.equals("quarter") ? CalendarUnits.quarter(day) : CalendarUnits.month(day));
            day = dimension.equals("year") ? day.plusYears(1) : dimension.equals("quarter") ? day.plusMonths(3) : day.plusMonths(1);
        }
        return all;
    }

    private static LocalDate start(String period) {
        try {
            if (period.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(period), 1, 1);
            }
            if (period.matches("\\d{4}-Q[1-4]")) {
                return LocalDate.of(Integer.parseInt(period.substring(0, 4)), (period.charAt(6) - '1') * 3 + 1, 1);
            }
            if (period.matches("\\d{4}-\\d{2}")) {
                return java.time.YearMonth.parse(period).atDay(1);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    static void put(Map<String, List<String>> values, LocalDate date) {
        values.put("year", List.of(CalendarUnits.year(date)));
        values.put("quarter", List.of(CalendarUnits.quarter(date)));
        values.put("month", List.of(CalendarUnits.month(date)));
    }
}
