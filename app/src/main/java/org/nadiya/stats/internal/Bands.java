package org.nadiya.stats.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Durations as bands: a count per band is safe to suppress, where a median of a small group is not. */
final class Bands {

    static final String NONE = "NONE";
    static final String[] MONTHS = {"0-2M", "2-6M", "6-12M", "12M+", NONE};
    static final String[] DAYS = {"0-1D", "2-7D", "8-30D", "31D+", NONE};
    static final String[] PER_PERSON = {"1", "2", "3", "4+"};

    private Bands() {
    }

    static String months(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return NONE;
        }
        long days = ChronoUnit.DAYS.between(from, to);
        return days < 61 ? MONTHS[0] : days < 183 ? MONTHS[1] : days < 366 ? MONTHS[2] : MONTHS[3];
    }

    static String days(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return NONE;
        }
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 1 ? DAYS[0] : days <= 7 ? DAYS[1] : days <= 30 ? DAYS[2] : DAYS[3];
    }

    static String perPerson(int n) {
        return n >= 4 ? PER_PERSON[3] : Integer.toString(n);
    }

    static String yesNo(boolean value) {
        return value ? "YES" : "NO";
    }
}
