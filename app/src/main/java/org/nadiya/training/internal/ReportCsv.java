package org.nadiya.training.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.nadiya.disclosure.CellKeyMethod;
import org.nadiya.disclosure.CellStatus;
import org.nadiya.disclosure.CountTable;
import org.nadiya.disclosure.PublishedTable;
import org.nadiya.disclosure.Unit;
import org.nadiya.kernel.Csv;
import org.nadiya.training.ReportDetails;
import org.nadiya.training.TrainingStatistics;

/**
 * The report as CSV rows {@code section,key,value}. Published outside, every count of persons comes from the
 * disclosure engine's cell-key method over the same units the statistics count (decision 0036): the same number as
 * the statistics' {@code training_participants} table for the same period, {@code <5} under five, and a topic's
 * gain over fewer than 5 persons withheld.
 */
final class ReportCsv {

    static final int THRESHOLD = CellKeyMethod.STANDARD_THRESHOLD;

    private ReportCsv() {
    }

    /** The organisers' report, exact. */
    static String write(ReportDetails d) {
        var r = d.report();
        var out = new StringBuilder("section,key,value\n");
        row(out, "total", "events", r.events());
        row(out, "total", "participants", r.participants());
        row(out, "total", "regions", r.regions());
        section(out, "agency", r.byAgency());
        section(out, "region", r.byRegion());
        section(out, "role", d.byRole());
        section(out, "level", d.byLevel());
        r.firstTimeAgencies().forEach(a -> row(out, "first_time_agency", a, 1));
        gains(out, d, false);
        return out.toString();
    }

    /** The published report: counts of persons from the cell-key method over the period's participants. */
    static String writePublished(ReportDetails d, List<Unit> participants) {
        var method = CellKeyMethod.standard();
        var out = new StringBuilder("section,key,value\n");
        row(out, "total", "events", d.report().events());
        PublishedTable byRegion = publish(method, "region", participants);
        row(out, "total", "participants", value(byRegion.shown(List.of(CountTable.TOTAL))));
        long regions = 0;
        for (int cell = 0; cell < byRegion.cellCount(); cell++) {
            if (!byRegion.isMargin(cell) && byRegion.status(cell) != CellStatus.ZERO
                    && !TrainingStatistics.CENTRAL.equals(byRegion.key(cell).get(0))) {
                regions++;
            }
        }
        row(out, "total", "regions", regions);
        for (String section : List.of("agency", "region", "role", "level")) {
            PublishedTable table = publish(method, section, participants);
            for (int cell = 0; cell < table.cellCount(); cell++) {
                if (!table.isMargin(cell)) {
                    row(out, section, table.key(cell).get(0), value(table.shown(cell)));
                }
            }
        }
        d.report().firstTimeAgencies().forEach(a -> row(out, "first_time_agency", a, ""));
        gains(out, d, true);
        return out.toString();
    }

    private static PublishedTable publish(CellKeyMethod method, String dimension, List<Unit> units) {
        var categories = new TreeSet<String>();
        units.forEach(u -> categories.addAll(u.of(dimension)));
        return method.publish(dimension, List.copyOf(categories), units);
    }

    private static String value(Long shown) {
        return shown == null ? "<" + THRESHOLD : shown.toString();
    }

    private static void gains(StringBuilder out, ReportDetails d, boolean published) {
        for (var gain : d.knowledgeGain()) {
            row(out, "knowledge_gain", gain.topic(),
                    published && gain.participants() < THRESHOLD ? "suppressed" : String.valueOf(gain.averageGain()));
        }
    }

    private static void section(StringBuilder out, String name, Map<String, Integer> counts) {
        counts.forEach((key, value) -> row(out, name, key, value));
    }

    /** One row by the application's one CSV rule (a topic may hold a comma or start like a formula). */
    private static void row(StringBuilder out, String section, String key, Object value) {
        out.append(Csv.line(java.util.Arrays.asList(section, key, String.valueOf(value)))).append('\n');
    }
}
