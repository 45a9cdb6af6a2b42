package org.nadiya.training.internal;

import java.util.Map;

import org.nadiya.stats.disclosure.DisclosureControl;
import org.nadiya.training.ReportDetails;

/**
 * The report as CSV rows {@code section,key,value}. Published outside, each section goes through the statistics
 * module's disclosure control: counts of 1–4 persons show as {@code <5}, and further cells are hidden where the
 * section's total would otherwise give a hidden one away; a topic's gain over fewer than 5 persons is withheld.
 */
final class ReportCsv {

    static final int THRESHOLD = 5;

    private ReportCsv() {
    }

    static String write(ReportDetails d, boolean published) {
        var r = d.report();
        var out = new StringBuilder("section,key,value\n");
        out.append("total,events,").append(r.events()).append('\n');
        out.append("total,participants,").append(count(r.participants(), published)).append('\n');
        out.append("total,regions,").append(r.regions()).append('\n');
        section(out, "agency", r.byAgency(), published);
        section(out, "region", r.byRegion(), published);
        section(out, "role", d.byRole(), published);
        section(out, "level", d.byLevel(), published);
        r.firstTimeAgencies().forEach(a -> out.append("first_time_agency,").append(field(a)).append(",1\n"));
        for (var gain : d.knowledgeGain()) {
            out.append("knowledge_gain,").append(field(gain.topic())).append(',')
                    .append(published && gain.participants() < THRESHOLD ? "suppressed" : String.valueOf(gain.averageGain()))
                    .append('\n');
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String name, Map<String, Integer> counts, boolean published) {
        if (!published || counts.isEmpty()) {
            counts.forEach((key, value) -> out.append(name).append(',').append(field(key)).append(',').append(value)
                    .append('\n'));
            return;
        }
        DisclosureControl.standard().protectPartition(counts).forEach((key, shown) -> out.append(name).append(',')
                .append(field(key)).append(',').append(shown == null ? "<" + THRESHOLD : shown).append('\n'));
    }

    private static String field(String value) {
        return org.nadiya.security.SpreadsheetText.csvField(value);
    }

    private static String count(int value, boolean published) {
        return published && value > 0 && value < THRESHOLD ? "<" + THRESHOLD : String.valueOf(value);
    }
}
