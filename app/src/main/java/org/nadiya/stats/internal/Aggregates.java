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
import org.nadiya.stats.disclosure.Generalisation;
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
        audit.record(AuditEvent.allowed("STATS_TABLE_READ", "stats_table", query.table().name())
                .with("by=" + String.join(",", query.by()) + (query.rounded() ? " round=5" : "")));
        return tabulate(query.table(), facts, query.by(), new DisclosureControl(5, query.rounded() ? 5 : 1));
    }

    /**
     * Counts the facts by the dimensions and protects the table. Dimensions nested in one another (majority is the
     * coarsening of the CTDC age bands) are always counted and protected together, whichever of them is asked
     * for, and the table asked for is the margin of that joint table: so the table by majority and the table by
     * band are two views of one protected table, and subtracting one from the other recovers nothing (decision
     * 0031). Categories that are listed only because they occur are passed on as known to be non-empty.
     */
    static ProtectedTable tabulate(StatsTable table, List<Fact> facts, List<String> by, DisclosureControl control) {
        List<String> joint = protectedTogether(table, by);
        List<List<String>> categories = new ArrayList<>();
        Map<String, List<String>> nonEmpty = new HashMap<>();
        for (String name : joint) {
            Dimension dimension = table.dimension(name).orElseThrow();
            var observed = new TreeSet<String>();
            facts.forEach(f -> observed.addAll(f.of(name)));
            var values = new LinkedHashSet<>(dimension.categories());
            values.addAll(observed);
            categories.add(List.copyOf(values));
            nonEmpty.put(name, observed.stream().filter(v -> !dimension.categories().contains(v)).toList());
        }
        Map<List<String>, Long> cells = new HashMap<>();
        for (Fact fact : facts) {
            count(fact, joint, 0, new ArrayList<>(), cells);
        }
        var protectedTable = control.protect(CountTable.of(joint, categories, cells), nonEmpty,
                key -> impossible(joint, key));
        return joint.equals(by) ? protectedTable : protectedTable.project(by);
    }

    /**
     * The dimensions to count for a request: the ones asked for, with every member of a nested family of which one
     * is asked for, the family first in a fixed order (so that equal requests give equal protection patterns).
     */
    static List<String> protectedTogether(StatsTable table, List<String> by) {
        for (List<String> family : NESTED) {
            boolean all = family.stream().allMatch(d -> table.dimension(d).isPresent());
            if (all && by.stream().anyMatch(family::contains)) {
                List<String> joint = new ArrayList<>(family);
                by.stream().filter(d -> !family.contains(d)).forEach(joint::add);
                return joint;
            }
        }
        return by;
    }

    /** Families of dimensions where each is a function of the last: majority of the CTDC age band. */
    static final List<List<String>> NESTED = List.of(List.of("majority", "ctdc_age"));

    /** A cell no person can be in (a minor in an adult band): zero by construction, and known to be. */
    private static boolean impossible(List<String> dimensions, List<String> key) {
        int majority = dimensions.indexOf("majority");
        int band = dimensions.indexOf("ctdc_age");
        if (majority < 0 || band < 0) {
            return false;
        }
        String m = key.get(majority);
        String b = key.get(band);
        return !CountTable.TOTAL.equals(m) && !CountTable.TOTAL.equals(b) && !Generalisation.majorityStatus(b).equals(m);
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
