package org.nadiya.match.persons;

import java.time.DateTimeException;
import java.time.LocalDate;

/** A date of birth, possibly only its year (month and day 0). Accepts 1985-03-12, 12.03.1985 and 1985. */
public record BirthDate(int year, int month, int day) {

    public static BirthDate parse(String text) {
        String t = text.strip();
        try {
            if (t.length() == 4 && t.chars().allMatch(Character::isDigit)) {
                return new BirthDate(Integer.parseInt(t), 0, 0);
            }
            LocalDate date;
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                date = LocalDate.parse(t);
            } else if (t.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
                String[] p = t.split("\\.");
                date = LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            } else {
                throw new IllegalArgumentException("date of birth '" + t + "' is not YYYY-MM-DD, DD.MM.YYYY or YYYY");
            }
            return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("date of birth '" + t + "' is not a calendar date");
        }
    }

    /** As written in reports: 1985-03-12, or 1985 for a year only. */
    public String text() {
        return yearOnly() ? String.valueOf(year) : String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    public boolean yearOnly() {
        return month == 0;
    }

    /** How two dates of birth relate, from strongest agreement to clear conflict. */
    public Agreement compare(BirthDate other) {
        if (year != other.year) {
            return Math.abs(year - other.year) == 1 ? Agreement.YEAR_NEAR : Agreement.DIFFERENT;
        }
        if (yearOnly() || other.yearOnly()) {
            return Agreement.SAME_YEAR;
        }
        if (month == other.month && day == other.day) {
            return Agreement.EXACT;
        }
        if (month == other.day && day == other.month) {
            return Agreement.TRANSPOSED;
        }
        return Agreement.SAME_YEAR_OTHER_DAY;
    }

    public enum Agreement { EXACT, TRANSPOSED, SAME_YEAR, SAME_YEAR_OTHER_DAY, YEAR_NEAR, DIFFERENT }
}
