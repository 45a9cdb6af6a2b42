package org.nadiya.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * The time limit of the pre-trial investigation after the notice of suspicion (CPC Art. 219): two months,
 * extended as recorded up to the ceiling for the crime's seriousness, plus the days that do not count.
 */
public record PretrialDeadline(LocalDate due, int allowedMonths, int ceilingMonths, long excludedDays) {

    static final int BASE_MONTHS = 2;

    public static PretrialDeadline compute(LocalDate suspicionOn, Seriousness seriousness,
                                           Collection<DeadlineExtension> extensions,
                                           Collection<ExcludedPeriod> excluded, LocalDate today) {
        int ceiling = seriousness.ceilingMonths();
        int allowed = extensions.stream().mapToInt(DeadlineExtension::totalMonths).max().orElse(BASE_MONTHS);
        allowed = Math.min(Math.max(BASE_MONTHS, allowed), ceiling);
        long excludedDays = excluded.stream().mapToLong(p -> p.daysAfter(suspicionOn, today)).sum();
        return new PretrialDeadline(suspicionOn.plusMonths(allowed).plusDays(excludedDays), allowed, ceiling,
                excludedDays);
    }

    public Warning warningOn(LocalDate today) {
        return Warning.of(ChronoUnit.DAYS.between(today, due));
    }

    /** How close the deadline is: warnings 30, 14 and 3 days ahead; overdue is never quiet. */
    public enum Warning {
        OVERDUE, DAYS_3, DAYS_14, DAYS_30, NONE;

        public static Warning of(long daysLeft) {
            if (daysLeft < 0) {
                return OVERDUE;
            }
            return daysLeft <= 3 ? DAYS_3 : daysLeft <= 14 ? DAYS_14 : daysLeft <= 30 ? DAYS_30 : NONE;
        }
    }
}
