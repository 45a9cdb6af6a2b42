package org.nadiya.stats.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Suppression defeats every recovery attempt: for many seeded random tables of one, two and three dimensions,
 * no suppressed cell can be worked out by subtraction from any row, column or total (cascading), nor by any
 * combination of them. A failing seed is printed so it can be replayed.
 */
class DisclosureControlTest {

    private final DisclosureControl control = DisclosureControl.standard();

    @Test
    void smallCountsAreHiddenAndTheirLineGetsASecondHiddenCell() {
        var table = oneDimension(List.of("A", "B", "C"), 12, 3, 7);
        var published = control.protect(table);
        assertThat(published.shown(List.of("B"))).isNull();
        assertThat(published.shown(List.of("C"))).as("the smallest visible neighbour protects B").isNull();
        assertThat(published.shown(List.of("A"))).isEqualTo(12L);
        assertThat(published.shown(List.of(CountTable.TOTAL))).isEqualTo(22L);
    }

    @Test
    void aTotalUnderFiveHidesTheWholeLine() {
        var published = control.protect(oneDimension(List.of("A", "B"), 2, 1));
        assertThat(published.shown(List.of("A"))).isNull();
        assertThat(published.shown(List.of("B"))).isNull();
        assertThat(published.shown(List.of(CountTable.TOTAL))).isNull();
    }

    @Test
    void zerosAndLargeCountsStayVisibleWhenNothingIsSmall() {
        var published = control.protect(oneDimension(List.of("A", "B", "C"), 0, 5, 40));
        for (int cell = 0; cell < published.cellCount(); cell++) {
            assertThat(published.suppressed(cell)).isFalse();
        }
    }

    @Test
    void roundingToFivePublishesMultiplesOfFive() {
        var published = new DisclosureControl(5, 5).protect(oneDimension(List.of("A", "B", "C"), 12, 8, 23));
        assertThat(published.shown(List.of("A"))).isEqualTo(10L);
        assertThat(published.shown(List.of("B"))).isEqualTo(10L);
        assertThat(published.shown(List.of("C"))).isEqualTo(25L);
        assertThat(published.shown(List.of(CountTable.TOTAL))).isEqualTo(45L);
    }

    @Test
    void aTwoWayTableCannotBeUnpickedFromItsMargins() {
        // A bridge pattern: single-line rules alone would leave a cell computable from two rows and a column.
        Map<List<String>, Long> cells = new HashMap<>();
        long[][] counts = {{2, 9, 30}, {8, 1, 30}, {30, 30, 3}};
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                cells.put(List.of("r" + r, "c" + c), counts[r][c]);
            }
        }
        var table = CountTable.of(List.of("row", "col"), List.of(List.of("r0", "r1", "r2"), List.of("c0", "c1", "c2")), cells);
        assertUnrecoverable(table, control.protect(table), "fixed");
    }

    @Test
    void randomTablesOfOneTwoAndThreeDimensionsNeverGiveAHiddenCellAway() {
        for (long seed = 1; seed <= 400; seed++) {
            var random = new Random(seed);
            int dims = 1 + (int) (seed % 3);
            List<String> names = new ArrayList<>();
            List<List<String>> values = new ArrayList<>();
            for (int d = 0; d < dims; d++) {
                names.add("d" + d);
                int size = 1 + random.nextInt(dims == 3 ? 3 : 6);
                List<String> v = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    v.add("v" + i);
                }
                values.add(v);
            }
            Map<List<String>, Long> cells = new HashMap<>();
            fill(values, new ArrayList<>(), cells, random);
            var table = CountTable.of(names, values, cells);
            assertUnrecoverable(table, control.protect(table), "seed " + seed);
        }
    }

    @Test
    void listedCategoriesAreNonEmptySoTwoHiddenOnesHoldingTwoArePinnedUnlessProtected() {
        // Decision 0026: an observed dimension lists only categories that occur, so each holds at least 1. Two hidden
        // categories whose hidden total is 2 are then both 1, though no subtraction isolates either.
        var table = oneDimension(List.of("A", "B", "C"), 20, 1, 1);
        var plain = control.protect(table);
        assertThat(plain.shown(List.of("B"))).isNull();
        assertThat(plain.shown(List.of("C"))).isNull();
        assertThat(plain.shown(List.of(CountTable.TOTAL)) - plain.shown(List.of("A")))
                .as("without the bound the reader still pins B and C at 1").isEqualTo(2L);

        var bounded = control.protect(table, Map.of("d", List.of("A", "B", "C")));
        assertThat(bounded.shown(List.of("B"))).isNull();
        assertThat(bounded.shown(List.of("C"))).isNull();
        assertThat(bounded.shown(List.of("A")) == null || bounded.shown(List.of(CountTable.TOTAL)) == null)
                .as("a third cell of the line is hidden, so the hidden total exceeds the bounds").isTrue();
    }

    @Test
    void boundsOnlyAddSuppressionWhereAHiddenCellWouldBePinned() {
        // Hidden total 7 over two non-empty categories: each could be 1 to 6, nothing pinned, nothing more hidden.
        var table = oneDimension(List.of("A", "B", "C"), 20, 3, 4);
        var bounded = control.protect(table, Map.of("d", List.of("A", "B", "C")));
        assertThat(bounded.shown(List.of("A"))).isEqualTo(20L);
        assertThat(bounded.shown(List.of(CountTable.TOTAL))).isEqualTo(27L);
    }

    @Test
    void randomObservedTablesLeaveNoLineWithItsHiddenCellsAtTheirBounds() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            int n = 2 + random.nextInt(8);
            List<String> values = new ArrayList<>();
            long[] counts = new long[n];
            for (int i = 0; i < n; i++) {
                values.add("c" + i);
                counts[i] = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 1 + random.nextInt(30);
            }
            var published = control.protect(oneDimension(values, counts), Map.of("d", values));
            Long total = published.shown(List.of(CountTable.TOTAL));
            if (total == null) {
                continue;
            }
            long hiddenSum = total;
            int hiddenCells = 0;
            for (String v : values) {
                Long shown = published.shown(List.of(v));
                if (shown == null) {
                    hiddenCells++;
                } else {
                    hiddenSum -= shown;
                }
            }
            assertThat(hiddenCells == 0 || hiddenSum > hiddenCells)
                    .as("seed %d: %d hidden non-empty cells hold %d", seed, hiddenCells, hiddenSum).isTrue();
        }
    }

    @Test
    void badTablesAreRefused() {
        assertThatThrownBy(() -> CountTable.of(List.of("a"), List.of(List.of(CountTable.TOTAL)), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountTable.of(List.of("a"), List.of(List.of("x")), Map.of(List.of("y"), 1L)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DisclosureControl(1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertUnrecoverable(CountTable table, ProtectedTable published, String replay) {
        for (int cell = 0; cell < table.cellCount(); cell++) {
            long n = table.count(cell);
            if (n > 0 && n < 5) {
                assertThat(published.suppressed(cell)).as("%s: cell %s = %d must be hidden", replay, table.key(cell), n)
                        .isTrue();
            }
            if (!published.suppressed(cell)) {
                assertThat(published.shown(cell)).as(replay).isEqualTo(n);
            }
        }
        var lines = table.lines();
        assertThat(Attacker.bySubtraction(published, lines)).as("%s: recovered by subtraction", replay).isEmpty();
        assertThat(Attacker.byLinearAlgebra(published, lines)).as("%s: recovered by combining lines", replay)
                .isEmpty();
    }

    private static void fill(List<List<String>> values, List<String> key, Map<List<String>, Long> cells, Random random) {
        if (key.size() == values.size()) {
            int kind = random.nextInt(4);
            long n = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : 5 + random.nextInt(40);
            cells.put(List.copyOf(key), n);
            return;
        }
        for (String v : values.get(key.size())) {
            key.add(v);
            fill(values, key, cells, random);
            key.remove(key.size() - 1);
        }
    }

    private static CountTable oneDimension(List<String> values, long... counts) {
        Map<List<String>, Long> cells = new HashMap<>();
        for (int i = 0; i < counts.length; i++) {
            cells.put(List.of(values.get(i)), counts[i]);
        }
        return CountTable.of(List.of("d"), List.of(values), cells);
    }
}
