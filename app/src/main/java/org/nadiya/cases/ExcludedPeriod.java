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

    /** The part of this period from {@code start} on, as [first day, day after the last); open periods run to today. */
    LocalDate[] spanAfter(LocalDate start, LocalDate today) {
        return new LocalDate[] {from.isBefore(start) ? start : from, to == null ? today : to};
    }
}
