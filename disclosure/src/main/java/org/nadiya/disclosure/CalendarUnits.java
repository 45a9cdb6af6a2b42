package org.nadiya.disclosure;

import java.time.LocalDate;

/**
 * The periods counts may be published for: one whole calendar year, quarter or month, or all time (decision 0036).
 * Ranges of days are refused: two overlapping ranges differ by a few days' units, and many such pairs with their
 * independent noise could be averaged into an exact count. Also the labels of the calendar dimensions.
 */
public final class CalendarUnits {

    private CalendarUnits() {
    }

    /** Whether [from, to] is exactly one calendar year, quarter or month. */
    public static boolean isWhole(LocalDate from, LocalDate to) {
        if (from == null || to == null || from.getDayOfMonth() != 1) {
            return false;
        }
        boolean month = to.equals(from.plusMonths(1).minusDays(1));
        boolean quarter = (from.getMonthValue() - 1) % 3 == 0 && to.equals(from.plusMonths(3).minusDays(1));
        boolean year = from.getDayOfYear() == 1 && to.equals(from.plusYears(1).minusDays(1));
        return month || quarter || year;
    }

    public static String year(LocalDate date) {
        return Integer.toString(date.getYear());
    }

    /** "2025-Q2". */
    public static String quarter(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    /** "2025-03". */
    public static String month(LocalDate date) {
        return String.format("%d-%02d", date.getYear(), date.getMonthValue());
    }
}
