package org.nadiya.stats.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nadiya.disclosure.CountTable;
import org.nadiya.disclosure.PublishedTable;
import org.springframework.context.MessageSource;

/**
 * A protected table laid out for a page: rows of the first dimension, columns of the second (or one count column),
 * totals last, suppressed cells as "<5"; and the same numbers for the chart (suppressed cells as gaps, never as 0).
 */
record TableView(String table, List<String> by, List<String> columns, List<Row> rows, Map<String, Object> chart) {

    record Row(String label, List<String> cells, boolean total) {
    }

    static TableView of(StatsQuery query, PublishedTable published, MessageSource messages, Locale locale) {
        List<String> rowValues = published.values().get(0);
        boolean twoDimensions = published.dimensions().size() > 1;
        List<String> colValues = twoDimensions ? published.values().get(1) : List.of();
        String totalLabel = messages.getMessage("stats.total", null, "Total", locale);
        List<String> columns = new ArrayList<>();
        for (String v : colValues) {
            columns.add(label(query, 1, v, messages, locale));
        }
        columns.add(!twoDimensions ? messages.getMessage("stats.count", null, "Count", locale) : totalLabel);
        List<Row> rows = new ArrayList<>();
        List<Map<String, Object>> series = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        for (String r : rowValues) {
            categories.add(label(query, 0, r, messages, locale));
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
            rows.add(new Row(total ? totalLabel : label(query, 0, r, messages, locale), cells, total));
        }
        List<String> seriesKeys = !twoDimensions ? List.of(CountTable.TOTAL) : colValues;
        for (String c : seriesKeys) {
            List<Long> data = new ArrayList<>();
            for (String r : rowValues) {
                data.add(published.shown(!twoDimensions ? List.of(r) : List.of(r, c)));
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", !twoDimensions ? columns.get(0) : label(query, 1, c, messages, locale));
            s.put("data", data);
            series.add(s);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("categories", categories);
        chart.put("series", series);
        return new TableView(query.table().name(), query.by(), columns, rows, chart);
    }

    private static String display(Long shown) {
        return shown == null ? Downloads.SUPPRESSED_MARK : shown.toString();
    }

    private static String label(StatsQuery query, int d, String value, MessageSource messages, Locale locale) {
        String prefix = query.table().dimension(query.by().get(d)).orElseThrow().labelPrefix();
        return prefix == null ? value : messages.getMessage(prefix + value, null, value, locale);
    }
}
