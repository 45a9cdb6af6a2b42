package org.nadiya.stats.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.nadiya.disclosure.CellKeyMethod;
import org.nadiya.disclosure.PublishedTable;

/**
 * The API's shapes of the statistics, as typed records (the OpenAPI document describes each field): a published
 * table's {@code rows} are the inner cells, {@code totals} every margin (the grand total last); each cell has its
 * {@code count} (null when under 5), {@code status} ({@code ZERO} exact, {@code PERTURBED}, {@code SMALL}) and
 * {@code suppressed} (true when small). {@code method} states the protection.
 */
final class StatsJson {

    private StatsJson() {
    }

    @Schema(description = "The disclosure control applied: the cell-key method, its largest noise and the threshold"
            + " under which a count is not published.")
    record StatsMethod(String name, int maxNoise, int threshold) {
    }

    @Schema(description = "One published cell.")
    record StatsCell(@Schema(description = "The cell's category per dimension; TOTAL for a summed dimension.")
                     Map<String, String> key,
                @Schema(description = "The published count; null when under the threshold.", nullable = true) Long count,
                @Schema(allowableValues = {"ZERO", "PERTURBED", "SMALL"}) String status,
                boolean suppressed) {
    }

    @Schema(description = "A protected table.")
    record StatsTableAnswer(String table, List<String> dimensions, @Schema(nullable = true) String from,
                 @Schema(nullable = true) String to, Map<String, String> filters, int roundingBase, StatsMethod method,
                 List<StatsCell> rows, List<StatsCell> totals) {
    }

    record StatsDimension(String name, List<String> categories) {
    }

    record StatsTableInfo(String name, String unit, List<StatsDimension> dimensions) {
    }

    @Schema(description = "The tables that may be asked for, their dimensions and the protection.")
    record StatsCatalogue(List<StatsTableInfo> tables, int suppressionThreshold, StatsMethod method, int maxDimensions) {
    }

    @Schema(description = "The seed-style summary; a number is null when hidden or withheld.")
    record StatsSummary(@Schema(nullable = true) String from, @Schema(nullable = true) String to,
                   @Schema(nullable = true) String region, @Schema(nullable = true) Long practitioners,
                   @Schema(nullable = true) Integer regions, List<SeedSummary.FormCount> exploitationForms,
                   int hiddenForms, @Schema(nullable = true) Long exploitationTotal) {
    }

    @Schema(description = "The k-anonymised research export in CTDC's variables and codes (-99: missing or suppressed).")
    record ResearchAnswer(int k, List<String> columns, List<String> quasiIdentifiers, List<List<String>> records,
                    int suppressedValues, int droppedRecords) {
    }

    static StatsTableAnswer table(StatsQuery query, PublishedTable published) {
        List<StatsCell> rows = new ArrayList<>();
        List<StatsCell> totals = new ArrayList<>();
        for (int cell = 0; cell < published.cellCount(); cell++) {
            (published.isMargin(cell) ? totals : rows).add(cell(published, cell));
        }
        return new StatsTableAnswer(query.table().name(), query.by(), query.from() == null ? null : query.from().toString(),
                query.to() == null ? null : query.to().toString(), query.filters(), published.roundingBase(),
                method(published.threshold()), rows, totals);
    }

    static StatsCatalogue catalogue(Catalogue catalogue) {
        List<StatsTableInfo> tables = new ArrayList<>();
        for (StatsTable table : catalogue.tables()) {
            List<StatsDimension> dimensions = new ArrayList<>();
            for (Dimension d : table.dimensions()) {
                dimensions.add(new StatsDimension(d.name(), d.categories()));
            }
            tables.add(new StatsTableInfo(table.name(), table.unit(), dimensions));
        }
        return new StatsCatalogue(tables, CellKeyMethod.STANDARD_THRESHOLD, method(CellKeyMethod.STANDARD_THRESHOLD),
                StatsQuery.MAX_DIMENSIONS);
    }

    private static StatsMethod method(int threshold) {
        return new StatsMethod("cell-key", CellKeyMethod.MAX_NOISE, threshold);
    }

    private static StatsCell cell(PublishedTable published, int cell) {
        Map<String, String> key = new LinkedHashMap<>();
        List<String> values = published.key(cell);
        for (int d = 0; d < values.size(); d++) {
            key.put(published.dimensions().get(d), values.get(d));
        }
        return new StatsCell(key, published.shown(cell), published.status(cell).name(), published.small(cell));
    }
}
