package org.nadiya.stats.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nadiya.disclosure.CellStatus;
import org.nadiya.disclosure.CountTable;
import org.nadiya.disclosure.PublishedTable;
import org.nadiya.security.ReferenceData;
import org.springframework.context.MessageSource;

/**
 * A published table laid out for a page: rows of the first dimension, columns of the second (or one count column),
 * totals last, small cells as "&lt;5"; and the same numbers for the chart (small cells as gaps, never as 0), with
 * every category and series named in the reader's language. {@code empty} when nobody is counted: the page says
 * "no data" instead of drawing empty axes. {@code timeSeries} when the rows are calendar periods.
 */
record TableView(String table, List<String> by, List<String> columns, List<Row> rows, Map<String, Object> chart,
                 boolean empty, boolean timeSeries) {

    record Row(String label, List<String> cells, boolean total) {
    }

    static TableView of(StatsQuery query, PublishedTable published, MessageSource messages, ReferenceData reference,
                        Map<String, String> topics, Locale locale) {
        var labels = new Labels(query.table(), messages, reference, locale, topics);
        boolean twoDimensions = published.dimensions().size() > 1;
        List<String> rowValues = published.values().get(0);
        List<String> colValues = twoDimensions ? published.values().get(1) : List.of();
        String totalLabel = messages.getMessage("stats.total", null, "Total", locale);
        List<String> columns = new ArrayList<>();
        for (String v : colValues) {
            columns.add(labels.of(query.by().get(1), v));
        }
        columns.add(!twoDimensions ? messages.getMessage("stats.count", null, "Count", locale) : totalLabel);
        List<Row> rows = new ArrayList<>();
        List<Map<String, Object>> series = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        for (String r : rowValues) {
            categories.add(labels.of(query.by().get(0), r));
        }
        List<String> rowKeys = new ArrayList<>(rowValues);
        rowKeys.add(CountTable.TOTAL);
        for (String r : rowKeys) {
            List<String> cells = new ArrayList<>();
            List<String> colKeys = new ArrayList<>(colValues);
            colKeys.add(CountTable.TOTAL);
            for (String c : colKeys) {
                cells.add(display(published.shown(!twoDimensions ? List.of(r) : List.of(r, c))));
            }
            boolean total = r.equals(CountTable.TOTAL);
            rows.add(new Row(total ? totalLabel : labels.of(query.by().get(0), r), cells, total));
        }
        List<String> seriesKeys = !twoDimensions ? List.of(CountTable.TOTAL) : colValues;
        for (String c : seriesKeys) {
            List<Long> data = new ArrayList<>();
            for (String r : rowValues) {
                data.add(published.shown(!twoDimensions ? List.of(r) : List.of(r, c)));
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", !twoDimensions ? columns.get(0) : labels.of(query.by().get(1), c));
            s.put("data", data);
            series.add(s);
        }
        boolean timeSeries = Labels.CALENDAR.contains(query.by().get(0));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("categories", categories);
        chart.put("series", series);
        chart.put("kind", timeSeries ? "time" : "bars");
        chart.put("small", messages.getMessage("stats.chart.small", null, "<5", locale));
        boolean empty = published.status(List.copyOf(java.util.Collections.nCopies(published.dimensions().size(),
                CountTable.TOTAL))) == CellStatus.ZERO;
        return new TableView(query.table().name(), query.by(), columns, rows, chart, empty, timeSeries);
    }

    private static String display(Long shown) {
        return shown == null ? Downloads.SUPPRESSED_MARK : shown.toString();
    }

    /** Names of categories in the reader's language: bundles, regions and agencies by name, periods as words. */
    private record Labels(StatsTable table, MessageSource messages, ReferenceData reference, Locale locale,
                          Map<String, String> topics) {

        static final List<String> CALENDAR = List.of("year", "quarter", "month");

        String of(String dimension, String value) {
            if (value.equals("UNKNOWN") || value.equals("Unknown")) {
                return messages.getMessage("stats.unknown", null, value, locale);
            }
            if (value.equals(Bands.NONE)) {
                return messages.getMessage("stats.none", null, value, locale);
            }
            switch (dimension) {
                case "region":
                    if (org.nadiya.training.TrainingStatistics.CENTRAL.equals(value)) {
                        return messages.getMessage("stats.central", null, value, locale);
                    }
                    return reference.region(value).map(r -> r.name(locale)).orElse(value);
                case "agency":
                    return reference.agency(value).map(a -> a.name(locale)).orElse(value);
                case "topic":
                    return topics.getOrDefault(value, value);
                case "quarter":
                    return value.length() == 7 ? messages.getMessage("stats.period.quarter",
                            new Object[] {value.substring(6), value.substring(0, 4)}, value, locale) : value;
                case "month":
                    return value.length() == 7 ? java.time.YearMonth.parse(value).format(
                            java.time.format.DateTimeFormatter.ofPattern("LLL yyyy", locale)) : value;
                default:
                    String prefix = table.dimension(dimension).orElseThrow().labelPrefix();
                    return prefix == null ? value : messages.getMessage(prefix + value, null, value, locale);
            }
        }
    }
}
