package org.nadiya.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nadiya.training.ReportDetails;
import org.nadiya.training.TrainingReport;

/** The published CSV hides small counts so that no hidden one can be recovered from its section's total. */
class ReportCsvTest {

    @Test
    void aSingleSmallCountIsNotLeftAloneBesideTheTotal() {
        var agencies = new LinkedHashMap<String, Integer>();
        agencies.put("NPU", 10);
        agencies.put("SBI", 7);
        agencies.put("PROSECUTOR", 2);
        String csv = ReportCsv.write(details(agencies), true);
        assertThat(csv).contains("agency,PROSECUTOR,<5", "total,participants,19");
        assertThat(values(csv, "agency").stream().filter(v -> v.equals("<5")).count()).isEqualTo(2);
        assertThat(ReportCsv.write(details(agencies), false)).contains("agency,PROSECUTOR,2", "agency,SBI,7");
    }

    @Test
    void noHiddenCountFollowsFromTheTotalMinusTheShownOnes() {
        var random = new Random(149);
        for (int round = 0; round < 300; round++) {
            var counts = new LinkedHashMap<String, Integer>();
            int cells = 1 + random.nextInt(6);
            for (int i = 0; i < cells; i++) {
                counts.put("A" + i, random.nextInt(4) == 0 ? 1 + random.nextInt(4) : random.nextInt(15));
            }
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            String csv = ReportCsv.write(details(counts), true);
            List<String> shown = values(csv, "agency");
            var originals = new ArrayList<>(counts.values());
            for (int i = 0; i < shown.size(); i++) {
                if (originals.get(i) >= 1 && originals.get(i) <= 4) {
                    assertThat(shown.get(i)).as("round %d: %s", round, counts).isEqualTo("<5");
                }
            }
            if (total >= 5) {
                assertThat(csv).contains("total,participants," + total);
                assertThat(shown.stream().filter(v -> v.equals("<5")).count()).as("round %d: %s", round, counts)
                        .isNotEqualTo(1);
            }
        }
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
