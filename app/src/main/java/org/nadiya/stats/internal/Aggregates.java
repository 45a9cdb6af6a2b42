package org.nadiya.stats.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.security.CurrentUser;
import org.nadiya.stats.disclosure.CountTable;
import org.nadiya.stats.disclosure.DisclosureControl;
import org.nadiya.stats.disclosure.ProtectedTable;
import org.springframework.stereotype.Service;

/**
 * Counts a table's facts by the requested dimensions and passes the result through disclosure control. Nothing
 * leaves this class unprotected: callers (pages, API, downloads) only ever get a {@link ProtectedTable}.
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

    ProtectedTable compute(CurrentUser user, StatsQuery query) {
        access.checkAggregates(user);
        List<Fact> facts = query.table().source().facts(query.from(), query.to()).stream()
                .filter(f -> query.filters().entrySet().stream()
                        .allMatch(e -> f.of(e.getKey()).contains(e.getValue())))
                .toList();
        List<List<String>> categories = new ArrayList<>();
        for (String name : query.by()) {
            Dimension dimension = query.table().dimension(name).orElseThrow();
            var observed = new TreeSet<String>();
            facts.forEach(f -> observed.addAll(f.of(name)));
            var values = new LinkedHashSet<>(dimension.categories());
            values.addAll(observed);
            categories.add(List.copyOf(values));
        }
        Map<List<String>, Long> cells = new HashMap<>();
        for (Fact fact : facts) {
            count(fact, query.by(), 0, new ArrayList<>(), cells);
        }
        var table = CountTable.of(query.by(), categories, cells);
        audit.record(AuditEvent.allowed("STATS_TABLE_READ", "stats_table", query.table().name())
                .with("by=" + String.join(",", query.by()) + (query.rounded() ? " round=5" : "")));
        return new DisclosureControl(5, query.rounded() ? 5 : 1).protect(table);
    }

    /** One count in each combination of the fact's values (several when a dimension holds several). */
    private static void count(Fact fact, List<String> by, int d, List<String> key, Map<List<String>, Long> cells) {
        if (d == by.size()) {
            cells.merge(List.copyOf(key), 1L, Long::sum);
            return;
        }
        for (String value : fact.of(by.get(d))) {
            key.add(value);
            count(fact, by, d + 1, key, cells);
            key.remove(key.size() - 1);
        }
    }
}
