package org.nadiya.stats.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.disclosure.CellKeyMethod;
import org.nadiya.disclosure.CountTable;
import org.nadiya.disclosure.PublishedTable;
import org.nadiya.disclosure.Unit;
import org.nadiya.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Counts a table's units by the requested dimensions and publishes every cell by the cell-key method (decision
 * 0036). Nothing leaves this class unprotected: callers (pages, API, downloads, the summary) only ever get a
 * {@link PublishedTable}. A cell's number depends only on which units are in it, so the same group of persons has
 * the same number in every table, filter, file and report.
 */
@Service
class Aggregates {

    private final Catalogue catalogue;
    private final StatsAccess access;
    private final AuditLog audit;

    Aggregates(Catalogue catalogue, StatsAccess access, AuditLog audit) {
        this.catalogue = catalogue;
        this.access = access;
        this.audit = audit;
    }

    Catalogue catalogue() {
        return catalogue;
    }

    PublishedTable compute(CurrentUser user, StatsQuery query) {
        access.checkAggregates(user);
        List<Unit> units = query.table().source().facts(query.from(), query.to()).stream()
                .filter(u -> u.matches(query.filters()))
                .toList();
        audit.record(AuditEvent.allowed("STATS_TABLE_READ", "stats_table", query.table().name())
                .with("by=" + String.join(",", query.by()) + (query.rounded() ? " round=5" : "")));
        return tabulate(query.table(), units, query.by(), new CellKeyMethod(CellKeyMethod.STANDARD_THRESHOLD,
                query.rounded() ? 5 : 1));
    }

    /**
     * Counts the units by the dimensions and publishes the table. A dimension with fixed categories lists them all
     * (zeros included); an observed one lists the categories that occur, calendar ones every period from the first
     * to the last (a time series without holes).
     */
    static PublishedTable tabulate(StatsTable table, List<Unit> units, List<String> by, CellKeyMethod method) {
        List<List<String>> categories = new ArrayList<>();
        for (String name : by) {
            Dimension dimension = table.dimension(name).orElseThrow();
            var observed = new TreeSet<String>();
            units.forEach(u -> observed.addAll(u.of(name)));
            var values = new LinkedHashSet<>(dimension.categories());
            values.addAll(Calendar.withoutGaps(name, observed));
            categories.add(List.copyOf(values));
        }
        return method.publish(CountTable.of(by, categories, units));
    }
}
