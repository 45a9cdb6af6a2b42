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

    static void put(Map<String, List<String>> values, LocalDate date) {
        values.put("year", List.of(CalendarUnits.year(date)));
        values.put("quarter", List.of(CalendarUnits.quarter(date)));
        values.put("month", List.of(CalendarUnits.month(date)));
    }
}
