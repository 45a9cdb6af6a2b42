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
        long excludedDays = excludedDays(suspicionOn, excluded, today);
        return new PretrialDeadline(suspicionOn.plusMonths(allowed).plusDays(excludedDays), allowed, ceiling,
                excludedDays);
    }

    /**
     * Days in the union of the periods after the notice: overlapping periods (a review recorded during a
     * suspension) count once, since counting them twice would show a later deadline than the law allows.
     */
    static long excludedDays(LocalDate suspicionOn, Collection<ExcludedPeriod> excluded, LocalDate today) {
        var spans = excluded.stream().map(p -> p.spanAfter(suspicionOn, today)).filter(s -> s[1].isAfter(s[0]))
                .sorted(java.util.Comparator.comparing(s -> s[0])).toList();
        long days = 0;
        LocalDate coveredUntil = suspicionOn;
        for (LocalDate[] span : spans) {
            LocalDate start = span[0].isAfter(coveredUntil) ? span[0] : coveredUntil;
            if (span[1].isAfter(start)) {
                days += ChronoUnit.DAYS.between(start, span[1]);
                coveredUntil = span[1];
            }
        }
        return days;
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
