package org.nadiya.stats.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nadiya.stats.disclosure.ProtectedTable;

/**
 * The API's shape of a protected table: {@code rows} are the inner cells, {@code totals} every margin (the grand
 * total last); a suppressed cell has {@code "count": null, "suppressed": true} whatever its reason.
 */
final class StatsJson {

    private StatsJson() {
    }

    static Map<String, Object> table(StatsQuery query, ProtectedTable published) {
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
        return Map.of("tables", tables, "suppressionThreshold", 5);
    }

    private static Map<String, Object> cell(ProtectedTable published, int cell) {
        Map<String, Object> key = new LinkedHashMap<>();
        List<String> values = published.key(cell);
        for (int d = 0; d < values.size(); d++) {
            key.put(published.dimensions().get(d), values.get(d));
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", key);
        row.put("count", published.shown(cell));
        row.put("suppressed", published.suppressed(cell));
        return row;
    }
}
