package org.nadiya.cases;

import java.time.LocalDate;

/**
 * Time that does not count towards the pre-trial time limit: suspension (CPC Art. 280) or the parties'
 * review of the materials (Art. 290). {@code to} is null while the period lasts.
 */
public record ExcludedPeriod(long id, Kind kind, LocalDate from, LocalDate to) {

    public enum Kind {
        SUSPENSION,
        MATERIALS_REVIEW
    }

    /** Days of this period between {@code start} and {@code today}, end exclusive. */
    long daysAfter(LocalDate start, LocalDate today) {
        LocalDate begin = from.isBefore(start) ? start : from;
        LocalDate end = to == null ? today : to;
        return end.isAfter(begin) ? java.time.temporal.ChronoUnit.DAYS.between(begin, end) : 0;
    }
}
