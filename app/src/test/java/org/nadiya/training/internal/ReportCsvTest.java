package org.nadiya.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nadiya.disclosure.CellKeyMethod;
import org.nadiya.disclosure.RecordKeys;
import org.nadiya.disclosure.Unit;
import org.nadiya.training.ReportDetails;
import org.nadiya.training.TrainingReport;

/**
 * The published CSV counts persons with the cell-key method over the same units as the statistics, so each number
 * is the one the statistics publish for the same persons, and a count under 5 has no number.
 */
class ReportCsvTest {

    private static final RecordKeys KEYS = new RecordKeys("report csv test secret, long enough".getBytes());

    private static List<Unit> participants(Map<String, Integer> agencies) {
        List<Unit> units = new ArrayList<>();
        long id = 0;
        for (var entry : agencies.entrySet()) {
            for (int i = 0; i < entry.getValue(); i++, id++) {
                units.add(new Unit(id, KEYS.of("training-person", id), Map.of("agency", List.of(entry.getKey()),
                        "region", List.of(id % 3 == 0 ? "UA" : "UA-46"), "role", List.of("PROSECUTOR"),
                        "level", List.of("REGIONAL"))));
            }
        }
        return units;
    }

    @Test
    void publishedCountsAreTheCellKeyMethodsAndSmallOnesHaveNoNumber() {
        var agencies = new LinkedHashMap<String, Integer>();
        agencies.put("NPU", 40);
        agencies.put("SBI", 27);
        agencies.put("PROSECUTOR", 2);
        List<Unit> units = participants(agencies);
        String csv = ReportCsv.writePublished(details(agencies), units);
        assertThat(csv).contains("agency,PROSECUTOR,<5", "total,regions,1");
        var byAgency = CellKeyMethod.standard().publish("agency", List.of("NPU", "PROSECUTOR", "SBI"), units);
        assertThat(csv).contains("agency,NPU," + byAgency.shown(List.of("NPU")), "agency,SBI," + byAgency.shown(List.of("SBI")));
        var byRegion = CellKeyMethod.standard().publish("region", List.of("UA", "UA-46"), units);
        assertThat(csv).contains("total,participants," + byRegion.shown(List.of("TOTAL")));
        assertThat(byRegion.shown(List.of("TOTAL"))).as("same persons, same number").isEqualTo(byAgency.shown(List.of("TOTAL")));
        assertThat(values(csv, "agency")).allMatch(v -> v.equals("<5") || Long.parseLong(v) >= 5);
    }

    @Test
    void theOrganisersReportIsExact() {
        var agencies = new LinkedHashMap<String, Integer>();
        agencies.put("SBI", 7);
        agencies.put("PROSECUTOR", 2);
        assertThat(ReportCsv.write(details(agencies))).contains("agency,PROSECUTOR,2", "agency,SBI,7",
                "total,participants,9");
    }

    private static ReportDetails details(Map<String, Integer> agencies) {
        int total = agencies.values().stream().mapToInt(Integer::intValue).sum();
        var report = new TrainingReport(1, total, 1, agencies, Map.of(), List.of());
        return new ReportDetails(report, Map.of(), Map.of(), List.of());
    }

    private static List<String> values(String csv, String section) {
        return csv.lines().filter(l -> l.startsWith(section + ",")).map(l -> l.substring(l.lastIndexOf(',') + 1)).toList();
    }
}
