package org.nadiya.training.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.nadiya.disclosure.CellKeyMethod;
import org.nadiya.disclosure.CellStatus;
import org.nadiya.disclosure.CountTable;
import org.nadiya.disclosure.PublishedTable;
import org.nadiya.disclosure.Unit;
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
        out.append("total,events,").append(r.events()).append('\n');
        out.append("total,participants,").append(r.participants()).append('\n');
        out.append("total,regions,").append(r.regions()).append('\n');
        section(out, "agency", r.byAgency());
        section(out, "region", r.byRegion());
        section(out, "role", d.byRole());
        section(out, "level", d.byLevel());
        r.firstTimeAgencies().forEach(a -> out.append("first_time_agency,").append(a).append(",1\n"));
        gains(out, d, false);
        return out.toString();
    }

    /** The published report: counts of persons from the cell-key method over the period's participants. */
    static String writePublished(ReportDetails d, List<Unit> participants) {
        var method = CellKeyMethod.standard();
        var out = new StringBuilder("section,key,value\n");
        out.append("total,events,").append(d.report().events()).append('\n');
        PublishedTable byRegion = publish(method, "region", participants);
        out.append("total,participants,").append(value(byRegion.shown(List.of(CountTable.TOTAL)))).append('\n');
        long regions = 0;
        for (int cell = 0; cell < byRegion.cellCount(); cell++) {
            if (!byRegion.isMargin(cell) && byRegion.status(cell) != CellStatus.ZERO
                    && !TrainingStatistics.CENTRAL.equals(byRegion.key(cell).get(0))) {
                regions++;
            }
        }
        out.append("total,regions,").append(regions).append('\n');
        for (String section : List.of("agency", "region", "role", "level")) {
            PublishedTable table = publish(method, section, participants);
            for (int cell = 0; cell < table.cellCount(); cell++) {
                if (!table.isMargin(cell)) {
                    out.append(section).append(',').append(table.key(cell).get(0)).append(',')
                            .append(value(table.shown(cell))).append('\n');
                }
            }
        }
        d.report().firstTimeAgencies().forEach(a -> out.append("first_time_agency,").append(a).append(",\n"));
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
            out.append("knowledge_gain,").append(gain.topic()).append(',')
                    .append(published && gain.participants() < THRESHOLD ? "suppressed" : String.valueOf(gain.averageGain()))
                    .append('\n');
        }
    }

    private static void section(StringBuilder out, String name, Map<String, Integer> counts) {
        counts.forEach((key, value) -> out.append(name).append(',').append(key).append(',').append(value).append('\n'));
    }
}
