package org.nadiya.stats.legacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Primary and complementary cell suppression for count tables of any number of dimensions, with optional rounding.
 *
 * <p>Primary: every cell (margins included) with a count from 1 to {@code threshold - 1} is hidden. Complementary:
 * then, until nothing changes, (1) every additive line holding exactly one hidden cell gets a second one, and (2)
 * every hidden cell that any combination of lines still determines exactly ({@link Exposure}) gets a neighbour
 * hidden in one of its lines. The neighbour chosen is the visible cell with the smallest positive count, inner
 * cells before margins, so that as little information as possible is lost. Zero cells stay visible unless nothing
 * else can protect a cell: a published zero says only that nobody is there.
 */
public final class DisclosureControl {

    private final int threshold;
    private final int roundingBase;

    /**
     * @param threshold    smallest count shown (5: counts 1 to 4 are suppressed)
     * @param roundingBase 1 for exact counts, 5 to round every visible count to a multiple of 5
     */
    public DisclosureControl(int threshold, int roundingBase) {
        if (threshold < 2 || roundingBase < 1) {
            throw new IllegalArgumentException("threshold must be at least 2 and the rounding base at least 1");
        }
        this.threshold = threshold;
        this.roundingBase = roundingBase;
    }

    public static DisclosureControl standard() {
        return new DisclosureControl(5, 1);
    }

    public int threshold() {
        return threshold;
    }

    /**
     * Counts that partition a total (one category each), protected together with that total.
     *
     * @return the same keys in the same order, each with its shown count or null where hidden
     */
    public Map<String, Long> protectPartition(Map<String, ? extends Number> counts) {
        Map<String, Long> shown = new LinkedHashMap<>();
        if (counts.isEmpty()) {
            return shown;
        }
        List<String> keys = List.copyOf(counts.keySet());
        Map<List<String>, Long> interior = new HashMap<>();
        counts.forEach((key, n) -> interior.put(List.of(key), n.longValue()));
        var table = protect(CountTable.of(List.of("category"), List.of(keys), interior));
        keys.forEach(key -> shown.put(key, table.shown(List.of(key))));
        return shown;
    }

    public ProtectedTable protect(CountTable table) {
        return protect(table, Map.of());
    }

    /**
     * As {@link #protect(CountTable)}, knowing that the reader also knows some categories to be non-empty: a table
     * whose categories are those that occur (observed regions, citizenships) tells the reader that each listed
     * category holds at least one unit. Such a lower bound can pin hidden cells without any subtraction: two hidden
     * categories whose hidden total is 2 hold 1 each. So, besides exact recovery by the additive relations, no line
     * with a published total may have its hidden cells all at their lower bounds (decision 0026, 0031).
     *
     * @param nonEmpty per dimension, the categories the reader knows to be non-empty (their one-dimensional margin
     *                 is at least 1)
     */
    public ProtectedTable protect(CountTable table, Map<String, ? extends Collection<String>> nonEmpty) {
        return protect(table, nonEmpty, key -> false);
    }

    /**
     * As {@link #protect(CountTable, Map)}, with cells the reader knows to be zero whatever the data (a child in an
     * adult age band, when a coarse dimension is counted with the finer one it groups). Hiding such a cell protects
     * nothing, so it is never chosen as a complementary cell.
     *
     * @param structuralZero whether the cell with this key (one category or {@link CountTable#TOTAL} per dimension)
     *                       is zero by construction
     */
    public ProtectedTable protect(CountTable table, Map<String, ? extends Collection<String>> nonEmpty,
                                  Predicate<List<String>> structuralZero) {
        int[] lower = lowerBounds(table, nonEmpty);
        boolean[] hidden = new boolean[table.cellCount()];
        boolean[] known = new boolean[table.cellCount()];
        for (int cell = 0; cell < known.length; cell++) {
            known[cell] = table.count(cell) == 0 && structuralZero.test(table.key(cell));
        }
        for (int cell = 0; cell < hidden.length; cell++) {
            long n = table.count(cell);
            hidden[cell] = n > 0 && n < threshold;
        }
        List<int[]> lines = table.lines();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] line : lines) {
                if (hiddenIn(line, hidden) == 1 && hideNeighbour(table, line, hidden, known)) {
                    changed = true;
                }
            }
            if (!changed) {
                for (int cell : Exposure.determined(lines, hidden)) {
                    if (protectCell(table, lines, cell, hidden, known)) {
                        changed = true;
                        break;
                    }
                }
            }
            if (!changed) {
                for (int[] line : lines) {
                    if (pinnedByBounds(table, line, hidden, lower) && hideNeighbour(table, line, hidden, known)) {
                        changed = true;
                        break;
                    }
                }
            }
        }
        return new ProtectedTable(table, hidden, roundingBase);
    }

    /** 1 for the one-dimensional margin of each category known to be non-empty, 0 elsewhere. */
    private static int[] lowerBounds(CountTable table, Map<String, ? extends Collection<String>> nonEmpty) {
        int[] lower = new int[table.cellCount()];
        List<String> dimensions = table.dimensions();
        for (var entry : nonEmpty.entrySet()) {
            int d = dimensions.indexOf(entry.getKey());
            if (d < 0) {
                continue;
            }
            for (String category : entry.getValue()) {
                List<String> key = new ArrayList<>(Collections.nCopies(dimensions.size(), CountTable.TOTAL));
                key.set(d, category);
                int[] at = table.coordinates(key);
                if (at[d] >= 0 && table.count(key) > 0) {
                    lower[table.index(at)] = 1;
                }
            }
        }
        return lower;
    }

    /**
     * Whether the line's total is published and its hidden cells hold no more than their known lower bounds: then
     * every hidden cell of the line equals its bound (the reader subtracts the visible cells from the total and
     * finds nothing left over). Checked on the true counts, so rounding cannot hide a pin from this check.
     */
    private static boolean pinnedByBounds(CountTable table, int[] line, boolean[] hidden, int[] lower) {
        int total = line[line.length - 1];
        if (hidden[total]) {
            return false;
        }
        long hiddenSum = 0;
        long bounds = 0;
        int hiddenCells = 0;
        for (int i = 0; i < line.length - 1; i++) {
            if (hidden[line[i]]) {
                hiddenCells++;
                hiddenSum += table.count(line[i]);
                bounds += lower[line[i]];
            }
        }
        return hiddenCells > 0 && bounds > 0 && hiddenSum == bounds;
    }

    private static int hiddenIn(int[] line, boolean[] hidden) {
        int n = 0;
        for (int cell : line) {
            if (hidden[cell]) {
                n++;
            }
        }
        return n;
    }

    private static boolean protectCell(CountTable table, List<int[]> lines, int cell, boolean[] hidden, boolean[] known) {
        int best = -1;
        for (int[] line : lines) {
            if (contains(line, cell)) {
                int candidate = cheapestVisible(table, line, hidden, known);
                if (better(table, candidate, best)) {
                    best = candidate;
                }
            }
        }
        if (best < 0) {
            return false;
        }
        hidden[best] = true;
        return true;
    }

    private static boolean hideNeighbour(CountTable table, int[] line, boolean[] hidden, boolean[] known) {
        int best = cheapestVisible(table, line, hidden, known);
        if (best < 0) {
            return false;
        }
        hidden[best] = true;
        return true;
    }

    /** The visible cell of the line that costs least to hide, or -1 when all are hidden or known anyway. */
    private static int cheapestVisible(CountTable table, int[] line, boolean[] hidden, boolean[] known) {
        int best = -1;
        for (int cell : line) {
            if (!hidden[cell] && !known[cell] && better(table, cell, best)) {
                best = cell;
            }
        }
        return best;
    }

    /** Positive before zero, inner cells before margins, then the smaller count, then the lower index. */
    private static boolean better(CountTable table, int candidate, int best) {
        if (candidate < 0) {
            return false;
        }
        if (best < 0) {
            return true;
        }
        int byZero = Boolean.compare(table.count(candidate) == 0, table.count(best) == 0);
        if (byZero != 0) {
            return byZero < 0;
        }
        int byMargin = Boolean.compare(table.isMargin(candidate), table.isMargin(best));
        if (byMargin != 0) {
            return byMargin < 0;
        }
        int byCount = Long.compare(table.count(candidate), table.count(best));
        return byCount != 0 ? byCount < 0 : candidate < best;
    }

    private static boolean contains(int[] line, int cell) {
        for (int c : line) {
            if (c == cell) {
                return true;
            }
        }
        return false;
    }
}
