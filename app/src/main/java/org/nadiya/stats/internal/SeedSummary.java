package org.nadiya.stats.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nadiya.security.CurrentUser;
import org.nadiya.stats.disclosure.CountTable;
import org.nadiya.stats.disclosure.ProtectedTable;
import org.springframework.stereotype.Component;

/**
 * The seed-style summary — "N practitioners from M regions" and victims by form of exploitation — built only from
 * protected tables. N is the grand total of {@code training_participants} by region (hidden like any other cell).
 * M, a count of regions, is not a cell of any table, so it is published only when it cannot pin down a hidden
 * region cell (decision 0026): N must be shown, and the hidden region cells that M reveals as non-empty must be
 * at least two and not all ones.
 */
@Component
class SeedSummary {

    private final Aggregates aggregates;
    private final TrainingFacts trainings;

    SeedSummary(Aggregates aggregates, TrainingFacts trainings) {
        this.aggregates = aggregates;
        this.trainings = trainings;
    }

    /** @param params the dashboard's filters: from, to and region (others ignored) */
    Summary of(CurrentUser user, Map<String, String> params) {
        var byRegion = query("training_participants", "region", params);
        ProtectedTable regions = aggregates.compute(user, byRegion);
        Long practitioners = regions.shown(List.of(CountTable.TOTAL));
        Integer regionCount = practitioners == null ? null : regionsIfSafe(byRegion, regions);
        var byForm = query("victims", "exploitation_form", params);
        ProtectedTable forms = aggregates.compute(user, byForm);
        List<FormCount> shown = new ArrayList<>();
        int hidden = 0;
        for (int cell = 0; cell < forms.cellCount(); cell++) {
            if (forms.isMargin(cell)) {
                continue;
            }
            Long count = forms.shown(cell);
            if (count == null) {
                hidden++;
            } else if (count > 0) {
                shown.add(new FormCount(forms.key(cell).get(0), count));
            }
        }
        shown.sort(Comparator.comparing(FormCount::count).reversed());
        return new Summary(practitioners, regionCount, shown, hidden, forms.shown(List.of(CountTable.TOTAL)));
    }

    /** Regions (oblasts, not the central level) with participants, or null when publishing the number would leak. */
    private Integer regionsIfSafe(StatsQuery query, ProtectedTable published) {
        Map<String, Long> counts = new HashMap<>();
        trainings.participants(query.from(), query.to()).stream()
                .filter(f -> query.filters().entrySet().stream().allMatch(e -> f.of(e.getKey()).contains(e.getValue())))
                .forEach(f -> counts.merge(f.of("region").get(0), 1L, Long::sum));
        int regions = (int) counts.keySet().stream().filter(r -> !TrainingFacts.CENTRAL.equals(r)).count();
        List<Long> hidden = new ArrayList<>();
        for (int cell = 0; cell < published.cellCount(); cell++) {
            if (!published.isMargin(cell) && published.suppressed(cell)) {
                hidden.add(counts.getOrDefault(published.key(cell).get(0), 0L));
            }
        }
        return regionCountIsSafe(hidden) ? regions : null;
    }

    /**
     * Whether telling how many region cells are non-empty pins no hidden cell: with the grand total shown, a reader
     * knows the hidden cells' sum; knowing which are at least 1 pins them when there is one (it holds the sum) or
     * when every one holds exactly 1.
     *
     * @param hiddenCounts the true counts of the hidden inner cells
     */
    static boolean regionCountIsSafe(List<Long> hiddenCounts) {
        long nonEmpty = hiddenCounts.stream().filter(c -> c > 0).count();
        long sum = hiddenCounts.stream().mapToLong(Long::longValue).sum();
        return nonEmpty == 0 || (nonEmpty >= 2 && sum > nonEmpty);
    }

    private StatsQuery query(String table, String by, Map<String, String> params) {
        Map<String, String> query = new HashMap<>();
        query.put("by", by);
        for (String key : List.of("from", "to", "region")) {
            String value = params.get(key);
            if (value != null && !value.isBlank()) {
                query.put(key, value);
            }
        }
        return StatsQuery.parse(aggregates.catalogue(), table, query);
    }

    /**
     * @param practitioners distinct persons trained in events starting in the period, null when hidden
     * @param regions       regions those persons come from, null when withheld (or when practitioners is hidden)
     * @param forms         visible non-zero forms of exploitation, largest first
     * @param hiddenForms   forms shown as "<5"
     * @param formTotal     persons counted once per form (the victims table's grand total), null when hidden
     */
    record Summary(Long practitioners, Integer regions, List<FormCount> forms, int hiddenForms, Long formTotal) {
    }

    record FormCount(String form, long count) {
    }
}
