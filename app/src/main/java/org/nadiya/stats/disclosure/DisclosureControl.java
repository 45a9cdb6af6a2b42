package org.nadiya.stats.disclosure;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        boolean[] hidden = new boolean[table.cellCount()];
        for (int cell = 0; cell < hidden.length; cell++) {
            long n = table.count(cell);
            hidden[cell] = n > 0 && n < threshold;
        }
        List<int[]> lines = table.lines();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] line : lines) {
                if (hiddenIn(line, hidden) == 1 && hideNeighbour(table, line, hidden)) {
                    changed = true;
                }
            }
            if (!changed) {
                for (int cell : Exposure.determined(lines, hidden)) {
                    if (protectCell(table, lines, cell, hidden)) {
                        changed = true;
                        break;
                    }
                }
            }
        }
        return new ProtectedTable(table, hidden, roundingBase);
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

    private static boolean protectCell(CountTable table, List<int[]> lines, int cell, boolean[] hidden) {
        int best = -1;
        for (int[] line : lines) {
            if (contains(line, cell)) {
                int candidate = cheapestVisible(table, line, hidden);
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

    private static boolean hideNeighbour(CountTable table, int[] line, boolean[] hidden) {
        int best = cheapestVisible(table, line, hidden);
        if (best < 0) {
            return false;
        }
        hidden[best] = true;
        return true;
    }

    /** The visible cell of the line that costs least to hide, or -1 when all are hidden. */
    private static int cheapestVisible(CountTable table, int[] line, boolean[] hidden) {
        int best = -1;
        for (int cell : line) {
            if (!hidden[cell] && better(table, cell, best)) {
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
