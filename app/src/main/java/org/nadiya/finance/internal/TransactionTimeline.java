package org.nadiya.finance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nadiya.finance.FinancialAnalyses.TransactionLine;

/**
 * A finding's transactions day by day for the timeline: how many, how much in each currency, and the share of the
 * busiest day (0..100) to draw a bar without inline styles. Days are UTC dates, as statements state them.
 */
final class TransactionTimeline {

    /** One day and currency. */
    record Day(LocalDate date, String currency, int count, BigDecimal total, int share) {
    }

    private TransactionTimeline() {
    }

    static List<Day> byDay(List<TransactionLine> lines) {
        Map<String, Map<LocalDate, List<TransactionLine>>> byCurrency = new TreeMap<>();
        for (var l : lines) {
            byCurrency.computeIfAbsent(l.currency(), c -> new TreeMap<>())
                    .computeIfAbsent(LocalDate.ofInstant(l.time(), ZoneOffset.UTC), d -> new ArrayList<>()).add(l);
        }
        var days = new ArrayList<Day>();
        byCurrency.forEach((currency, dates) -> {
            BigDecimal max = dates.values().stream().map(TransactionTimeline::total).max(BigDecimal::compareTo)
                    .orElse(BigDecimal.ONE);
            dates.forEach((date, day) -> {
                BigDecimal total = total(day);
                int share = max.signum() == 0 ? 0 : total.multiply(BigDecimal.valueOf(100))
                        .divide(max, 0, RoundingMode.HALF_UP).intValue();
                days.add(new Day(date, currency, day.size(), total, Math.max(share, 1)));
            });
        });
        days.sort(java.util.Comparator.comparing(Day::date).thenComparing(Day::currency));
        return days;
    }

    private static BigDecimal total(List<TransactionLine> day) {
        return day.stream().map(TransactionLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
