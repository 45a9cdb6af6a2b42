package org.nadiya.stats.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nadiya.disclosure.CellStatus;
import org.nadiya.disclosure.CountTable;
import org.nadiya.disclosure.PublishedTable;
import org.nadiya.security.CurrentUser;
import org.nadiya.training.TrainingStatistics;
import org.springframework.stereotype.Component;

/**
 * The seed-style summary — "N practitioners from M regions" and victims by form of exploitation — read only from
 * published tables. N is the grand total of {@code training_participants} by region, published like any cell. M is
 * the number of oblasts (not the central level) whose cell in that table is not empty: the table lists them already
 * (observed categories are those that occur), and with no exact count anywhere a count of non-empty cells pins
 * nothing (decision 0036 replaces the guard of decision 0026).
 */
@Component
class SeedSummary {

    private final Aggregates aggregates;

    SeedSummary(Aggregates aggregates) {
        this.aggregates = aggregates;
    }

    /** @param params the dashboard's filters: period (or from and to) and region (others ignored) */
    Summary of(CurrentUser user, Map<String, String> params) {
        PublishedTable regions = aggregates.compute(user, query("training_participants", "region", params));
        Long practitioners = regions.shown(List.of(CountTable.TOTAL));
        int regionCount = 0;
        for (int cell = 0; cell < regions.cellCount(); cell++) {
            if (!regions.isMargin(cell) && regions.status(cell) != CellStatus.ZERO
                    && !TrainingStatistics.CENTRAL.equals(regions.key(cell).get(0))) {
                regionCount++;
            }
        }
        PublishedTable forms = aggregates.compute(user, query("victims", "exploitation_form", params));
        List<FormCount> shown = new ArrayList<>();
        int small = 0;
        for (int cell = 0; cell < forms.cellCount(); cell++) {
            if (forms.isMargin(cell)) {
                continue;
            }
            Long count = forms.shown(cell);
            if (count == null) {
                small++;
            } else if (count > 0) {
                shown.add(new FormCount(forms.key(cell).get(0), count));
            }
        }
        shown.sort(Comparator.comparing(FormCount::count).reversed());
        return new Summary(practitioners, practitioners == null ? null : regionCount, shown, small,
                forms.shown(List.of(CountTable.TOTAL)));
    }

    private StatsQuery query(String table, String by, Map<String, String> params) {
        Map<String, String> query = new HashMap<>();
        query.put("by", by);
        for (String key : List.of("period", "from", "to", "region")) {
            String value = params.get(key);
            if (value != null && !value.isBlank()) {
                query.put(key, value);
            }
        }
        return StatsQuery.parse(aggregates.catalogue(), table, query);
    }

    /**
     * @param practitioners distinct persons trained in events starting in the period, null when under 5
     * @param regions       oblasts those persons come from, null when practitioners is under 5
     * @param forms         forms of exploitation published with a number above zero, largest first
     * @param hiddenForms   forms published as "&lt;5"
     * @param formTotal     persons counted once per form (the victims table's grand total), null when under 5
     */
    record Summary(Long practitioners, Integer regions, List<FormCount> forms, int hiddenForms, Long formTotal) {
    }

    record FormCount(String form, long count) {
    }
}
