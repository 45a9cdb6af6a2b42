package org.nadiya.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CellKeyMethodTest {

    private static final RecordKeys KEYS = new RecordKeys("a test secret of enough length".getBytes());
    private final CellKeyMethod method = CellKeyMethod.standard();

    private static List<Unit> people(int n, long seed) {
        var random = new Random(seed);
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            units.add(new Unit(i, KEYS.of("person", i), Map.of(
                    "sex", List.of(random.nextInt(3) == 0 ? "MALE" : "FEMALE"),
                    "region", List.of("UA-0" + random.nextInt(4)))));
        }
        return units;
    }

    @Test
    void theSameUnitsGetTheSameNumberInEveryTableTheyAppearIn() {
        List<Unit> units = people(300, 1);
        var byRegion = method.publish(CountTable.of(List.of("region"),
                List.of(List.of("UA-00", "UA-01", "UA-02", "UA-03")), units));
        var byRegionAndSex = method.publish(CountTable.of(List.of("sex", "region"),
                List.of(List.of("FEMALE", "MALE"), List.of("UA-00", "UA-01", "UA-02", "UA-03")), units));
        for (String region : List.of("UA-00", "UA-01", "UA-02", "UA-03")) {
            assertThat(byRegionAndSex.shown(List.of("TOTAL", region))).isEqualTo(byRegion.shown(List.of(region)));
            // The same cell asked for as a filtered table: the units of the region, by sex.
            var filtered = units.stream().filter(u -> u.matches(Map.of("region", region))).toList();
            var bySex = method.publish("sex", List.of("FEMALE", "MALE"), filtered);
            for (String sex : List.of("FEMALE", "MALE")) {
                assertThat(bySex.shown(List.of(sex))).isEqualTo(byRegionAndSex.shown(List.of(sex, region)));
            }
            assertThat(bySex.shown(List.of("TOTAL"))).isEqualTo(byRegion.shown(List.of(region)));
        }
    }

    @Test
    void emptyCellsAreExactZerosAndSmallOnesHaveNoNumber() {
        assertThat(method.publish(0, 12345)).isEqualTo(new CellKeyMethod.Cell(0L, CellStatus.ZERO));
        for (long key = 0; key < (1L << 32); key += 7_654_321L) {
            assertThat(method.publish(1, key).status()).isEqualTo(CellStatus.SMALL);
            var four = method.publish(4, key);
            assertThat(four.value() == null || four.value() >= 5).isTrue();
            var cell = method.publish(100, key);
            assertThat(cell.value()).isBetween(97L, 103L);
        }
    }

    @Test
    void noiseFollowsThePerturbationTableAndIsUnbiased() {
        int[] seen = new int[2 * CellKeyMethod.MAX_NOISE + 1];
        var random = new Random(5);
        int n = 200_000;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            int noise = CellKeyMethod.noise(random.nextLong() & 0xFFFF_FFFFL);
            seen[noise + CellKeyMethod.MAX_NOISE]++;
            sum += noise;
        }
        double[] expected = {0.05, 0.10, 0.20, 0.30, 0.20, 0.10, 0.05};
        for (int i = 0; i < seen.length; i++) {
            assertThat((double) seen[i] / n).as("noise %d", i - 3).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(0.005));
        }
        assertThat((double) sum / n).isCloseTo(0.0, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void roundingIsAFunctionOfThePublishedNumber() {
        var rounded = new CellKeyMethod(5, 5);
        for (long key = 0; key < (1L << 32); key += 9_999_991L) {
            var exact = method.publish(37, key);
            assertThat(rounded.publish(37, key).value()).isEqualTo((exact.value() + 2) / 5 * 5);
        }
        assertThatThrownBy(() -> new CellKeyMethod(1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordKeysAreStablePerKindAndSecret() {
        assertThat(KEYS.of("person", 7)).isEqualTo(new RecordKeys("a test secret of enough length".getBytes()).of("person", 7));
        assertThat(KEYS.of("person", 7)).isNotEqualTo(KEYS.of("proceeding", 7));
        assertThat(KEYS.of("person", 7)).isNotEqualTo(new RecordKeys("another secret of enough length".getBytes()).of("person", 7));
        assertThat(KEYS.of("person", 7)).isBetween(0L, (1L << 32) - 1);
        assertThatThrownBy(() -> new RecordKeys(new byte[4])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUnitOfSeveralValuesCountsInEachAndTheMarginIsTheSumOfPairs() {
        var unit = new Unit(1, 17, Map.of("form", List.of("A", "B")));
        var table = CountTable.of(List.of("form"), List.of(List.of("A", "B", "C")), List.of(unit));
        assertThat(table.count(List.of("A"))).isEqualTo(1);
        assertThat(table.count(List.of("TOTAL"))).isEqualTo(2);
        assertThatThrownBy(() -> CountTable.of(List.of("form"), List.of(List.of("A")), List.of(unit)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
