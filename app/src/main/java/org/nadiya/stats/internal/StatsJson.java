package org.nadiya.stats.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nadiya.disclosure.CellKeyMethod;
import org.nadiya.disclosure.PublishedTable;

/**
 * The API's shape of a published table: {@code rows} are the inner cells, {@code totals} every margin (the grand
 * total last); each cell has its {@code count} (null when under 5), {@code status} ({@code ZERO} exact,
 * {@code PERTURBED}, {@code SMALL}) and {@code suppressed} (true when small). {@code method} states the protection.
 */
final class StatsJson {

    private StatsJson() {
    }

    static Map<String, Object> table(StatsQuery query, PublishedTable published) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> totals = new ArrayList<>();
        for (int cell = 0; cell < published.cellCount(); cell++) {
            (published.isMargin(cell) ? totals : rows).add(cell(published, cell));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("table", query.table().name());
        body.put("dimensions", query.by());
        body.put("from", query.from() == null ? null : query.from().toString());
        body.put("to", query.to() == null ? null : query.to().toString());
        body.put("filters", query.filters());
        body.put("roundingBase", published.roundingBase());
        body.put("method", method(published.threshold()));
        body.put("rows", rows);
        body.put("totals", totals);
        return body;
    }

    static Map<String, Object> catalogue(Catalogue catalogue) {
        List<Map<String, Object>> tables = new ArrayList<>();
        for (StatsTable table : catalogue.tables()) {
            List<Map<String, Object>> dimensions = new ArrayList<>();
            for (Dimension d : table.dimensions()) {
                Map<String, Object> dimension = new LinkedHashMap<>();
                dimension.put("name", d.name());
                dimension.put("categories", d.categories());
                dimensions.add(dimension);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", table.name());
            entry.put("unit", table.unit());
            entry.put("dimensions", dimensions);
            tables.add(entry);
        }
        return Map.of("tables", tables, "suppressionThreshold", CellKeyMethod.STANDARD_THRESHOLD,
                "method", method(CellKeyMethod.STANDARD_THRESHOLD), "maxDimensions", StatsQuery.MAX_DIMENSIONS);
    }

    private static Map<String, Object> method(int threshold) {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("name", "cell-key");
        method.put("maxNoise", CellKeyMethod.MAX_NOISE);
        method.put("threshold", threshold);
        return method;
    }

    private static Map<String, Object> cell(PublishedTable published, int cell) {
        Map<String, Object> key = new LinkedHashMap<>();
        List<String> values = published.key(cell);
        for (int d = 0; d < values.size(); d++) {
            key.put(published.dimensions().get(d), values.get(d));
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", key);
        row.put("count", published.shown(cell));
        row.put("status", published.status(cell).name());
        row.put("suppressed", published.small(cell));
        return row;
    }
}
