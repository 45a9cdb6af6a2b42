package org.nadiya.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nadiya.stats.disclosure.CountTable;
import org.nadiya.stats.disclosure.DisclosureControl;
import org.nadiya.stats.disclosure.Generalisation;
import org.nadiya.stats.disclosure.ProtectedTable;

/**
 * Persons by CTDC age band and by majority (child/adult) are published as separate tables, and majority is the sum
 * of its bands: a reader holding both could subtract the visible minor bands from the visible number of minors.
 * The statistics protect the two together ({@link Aggregates#tabulate}); an independent attacker that combines
 * every published cell of both tables (floating-point elimination over the finest cells) recovers no hidden cell.
 */
class AgeBandDisclosureTest {

    private static final StatsTable VICTIMS = new StatsTable("victims", "person", (from, to) -> List.of(), List.of(
            Dimension.of("sex", "FEMALE", "MALE", "UNKNOWN"), Dimension.of("majority", "Minor", "Adult", "Unknown"),
            Dimension.of("ctdc_age", Catalogue.CTDC_AGE)));
    private static final List<String> BANDS = List.of(Catalogue.CTDC_AGE);
    private static final List<String> SEXES = List.of("FEMALE", "MALE", "UNKNOWN");

    /** 0--8: 2 (hidden), 9--17: 12, minors 14 — the table by majority alone would show 14. */
    private static List<Fact> crafted() {
        Map<String, Integer> counts = Map.of("0--8", 2, "9--17", 12, "18--20", 7, "21--23", 9, "30--38", 15,
                "39--47", 6, "48+", 3, "Unknown", 6);
        List<Fact> facts = new ArrayList<>();
        counts.forEach((band, n) -> {
            for (int i = 0; i < n; i++) {
                facts.add(person(band, i % 2 == 0 ? "FEMALE" : "MALE"));
            }
        });
        return facts;
    }

    private static Fact person(String band, String sex) {
        return new Fact(LocalDate.of(2025, 1, 1), Map.of("ctdc_age", List.of(band), "sex", List.of(sex),
                "majority", List.of(Generalisation.majorityStatus(band))));
    }

    private static ProtectedTable publish(List<Fact> facts, String... by) {
        return Aggregates.tabulate(VICTIMS, facts, List.of(by), DisclosureControl.standard());
    }

    @Test
    void aBandCellUnderTheThresholdIsSuppressed() {
        ProtectedTable byBand = publish(crafted(), "ctdc_age");
        assertThat(byBand.dimensions()).containsExactly("ctdc_age");
        assertThat(byBand.shown(List.of("0--8"))).isNull();
        assertThat(byBand.shown(List.of("48+"))).isNull();
        assertThat(byBand.shown(List.of("30--38"))).isEqualTo(15L);
        for (int cell = 0; cell < byBand.cellCount(); cell++) {
            Long shown = byBand.shown(cell);
            assertThat(shown == null || shown == 0 || shown >= 5).as("cell %s", byBand.key(cell)).isTrue();
        }
    }

    @Test
    void separateProtectionWouldLetMinorsMinusBandsRecoverASmallBand() {
        // What the joint protection prevents: each table protected on its own.
        List<Fact> facts = crafted();
        var majority = DisclosureControl.standard().protect(countTable(facts, "majority"));
        var bands = DisclosureControl.standard().protect(countTable(facts, "ctdc_age"));
        assertThat(majority.shown(List.of("Minor"))).isEqualTo(14L);
        assertThat(bands.shown(List.of("0--8"))).isNull();
        assertThat(recovered(facts, List.of(majority, bands))).containsKey(List.of("ctdc_age", "0--8"));
    }

    @Test
    void majorityAndBandTablesTogetherRecoverNoHiddenCell() {
        List<Fact> facts = crafted();
        var majority = publish(facts, "majority");
        var bands = publish(facts, "ctdc_age");
        assertThat(majority.dimensions()).containsExactly("majority");
        assertThat(recovered(facts, List.of(majority, bands, publish(facts, "majority", "ctdc_age")))).isEmpty();
        assertThat(recovered(facts, List.of(publish(facts, "sex", "majority"), publish(facts, "ctdc_age", "sex"))))
                .isEmpty();
    }

    @Test
    void randomPopulationsNeverGiveAHiddenCellAway() {
        Random random = new Random(31);
        for (int round = 0; round < 150; round++) {
            List<Fact> facts = new ArrayList<>();
            for (String band : BANDS) {
                int n = random.nextInt(4) == 0 ? 0 : random.nextInt(3) == 0 ? 1 + random.nextInt(4) : random.nextInt(25);
                for (int i = 0; i < n; i++) {
                    facts.add(person(band, SEXES.get(random.nextInt(random.nextBoolean() ? 2 : 3))));
                }
            }
            var tables = List.of(publish(facts, "majority"), publish(facts, "ctdc_age"),
                    publish(facts, "majority", "ctdc_age"));
            assertThat(recovered(facts, tables)).as("round %d", round).isEmpty();
            var bySex = List.of(publish(facts, "majority", "sex"), publish(facts, "sex", "ctdc_age"));
            assertThat(recovered(facts, bySex)).as("round %d by sex", round).isEmpty();
            for (ProtectedTable t : tables) {
                for (int cell = 0; cell < t.cellCount(); cell++) {
                    Long shown = t.shown(cell);
                    assertThat(shown == null || shown == 0 || shown >= 5).isTrue();
                }
            }
        }
    }

    private static CountTable countTable(List<Fact> facts, String dimension) {
        Map<List<String>, Long> cells = new HashMap<>();
        facts.forEach(f -> cells.merge(List.of(f.of(dimension).get(0)), 1L, Long::sum));
        List<String> values = dimension.equals("majority") ? List.of("Minor", "Adult", "Unknown") : BANDS;
        return CountTable.of(List.of(dimension), List.of(values), cells);
    }

    /**
     * Hidden published cells whose value follows from all the visible cells of all the tables. Unknowns are the
     * finest cells (band × sex); each published cell is the sum of the finest cells it covers. A hidden cell is
     * recovered when its row lies in the span of the visible rows (rank test by elimination).
     */
    private static Map<List<String>, Long> recovered(List<Fact> facts, List<ProtectedTable> tables) {
        List<String[]> finest = new ArrayList<>();
        for (String band : BANDS) {
            for (String sex : SEXES) {
                finest.add(new String[] {band, sex});
            }
        }
        List<double[]> visible = new ArrayList<>();
        Map<List<String>, double[]> hidden = new HashMap<>();
        Map<List<String>, Long> truth = new HashMap<>();
        for (ProtectedTable t : tables) {
            for (int cell = 0; cell < t.cellCount(); cell++) {
                List<String> key = t.key(cell);
                double[] row = new double[finest.size()];
                long value = 0;
                for (int j = 0; j < finest.size(); j++) {
                    if (covers(t.dimensions(), key, finest.get(j))) {
                        row[j] = 1;
                        String[] f = finest.get(j);
                        value += facts.stream().filter(x -> x.of("ctdc_age").get(0).equals(f[0])
                                && x.of("sex").get(0).equals(f[1])).count();
                    }
                }
                if (t.suppressed(cell)) {
                    List<String> named = new ArrayList<>();
                    for (int d = 0; d < key.size(); d++) {
                        named.add(t.dimensions().get(d));
                        named.add(key.get(d));
                    }
                    hidden.put(named, row);
                    truth.put(named, value);
                } else {
                    visible.add(row);
                }
            }
        }
        int rank = rank(visible);
        Map<List<String>, Long> out = new HashMap<>();
        hidden.forEach((key, row) -> {
            List<double[]> with = new ArrayList<>(visible);
            with.add(row);
            if (rank(with) == rank) {
                out.put(key, truth.get(key));
            }
        });
        return out;
    }

    private static boolean covers(List<String> dimensions, List<String> key, String[] finest) {
        for (int d = 0; d < dimensions.size(); d++) {
            String v = key.get(d);
            if (CountTable.TOTAL.equals(v)) {
                continue;
            }
            String own = switch (dimensions.get(d)) {
                case "ctdc_age" -> finest[0];
                case "sex" -> finest[1];
                case "majority" -> Generalisation.majorityStatus(finest[0]);
                default -> throw new IllegalArgumentException(dimensions.get(d));
            };
            if (!own.equals(v)) {
                return false;
            }
        }
        return true;
    }

    private static int rank(List<double[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        double[][] m = rows.stream().map(double[]::clone).toArray(double[][]::new);
        int cols = m[0].length;
        int rank = 0;
        for (int c = 0; c < cols && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][c]) > 1e-9 && (pivot < 0 || Math.abs(m[r][c]) > Math.abs(m[pivot][c]))) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] tmp = m[rank];
            m[rank] = m[pivot];
            m[pivot] = tmp;
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][c]) > 1e-9) {
                    double f = m[r][c] / m[rank][c];
                    for (int k = c; k < cols; k++) {
                        m[r][k] -= f * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
