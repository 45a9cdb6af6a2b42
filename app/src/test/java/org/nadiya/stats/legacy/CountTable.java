package org.nadiya.stats.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counts cross-classified by one or more dimensions, with every margin: along each dimension the extra position
 * {@link #TOTAL} holds the sum of the line. Cells are stored densely; the margins are computed here, so a table
 * is always additive (the property that makes subtraction attacks possible and that suppression must defeat).
 */
public final class CountTable {

    public static final String TOTAL = "TOTAL";

    private final List<String> dimensions;
    private final List<List<String>> values;
    private final int[] radix;
    private final long[] counts;

    private CountTable(List<String> dimensions, List<List<String>> values, long[] counts) {
        this.dimensions = List.copyOf(dimensions);
        this.values = values.stream().map(List::copyOf).toList();
        this.radix = values.stream().mapToInt(v -> v.size() + 1).toArray();
        this.counts = counts;
    }

    /**
     * @param values   the categories of each dimension, in display order (none may be {@link #TOTAL})
     * @param interior counts keyed by one category per dimension; absent keys are zero
     */
    public static CountTable of(List<String> dimensions, List<List<String>> values, Map<List<String>, Long> interior) {
        if (dimensions.isEmpty() || dimensions.size() != values.size()) {
            throw new IllegalArgumentException("one list of categories per dimension, at least one dimension");
        }
        int size = 1;
        for (List<String> v : values) {
            if (v.contains(TOTAL)) {
                throw new IllegalArgumentException(TOTAL + " is reserved for margins");
            }
            size = Math.multiplyExact(size, v.size() + 1);
        }
        var table = new CountTable(dimensions, values, new long[size]);
        for (var entry : interior.entrySet()) {
            long n = entry.getValue();
            if (n < 0) {
                throw new IllegalArgumentException("negative count at " + entry.getKey());
            }
            int[] at = table.coordinates(entry.getKey());
            for (int d : at) {
                if (d < 0) {
                    throw new IllegalArgumentException("unknown category in " + entry.getKey());
                }
            }
            table.addToEveryMargin(at, 0, n);
        }
        return table;
    }

    /** Adds n to the cell and to each margin above it (2^dims cells). */
    private void addToEveryMargin(int[] at, int dimension, long n) {
        if (dimension == at.length) {
            counts[index(at)] += n;
            return;
        }
        addToEveryMargin(at, dimension + 1, n);
        int own = at[dimension];
        at[dimension] = values.get(dimension).size();
        addToEveryMargin(at, dimension + 1, n);
        at[dimension] = own;
    }

    public List<String> dimensions() {
        return dimensions;
    }

    public List<List<String>> values() {
        return values;
    }

    public int cellCount() {
        return counts.length;
    }

    public long count(int cell) {
        return counts[cell];
    }

    public long count(List<String> key) {
        return counts[index(coordinates(key))];
    }

    /** Whether the cell is a margin along at least one dimension. */
    public boolean isMargin(int cell) {
        int[] at = coordinatesOf(cell);
        for (int d = 0; d < at.length; d++) {
            if (at[d] == values.get(d).size()) {
                return true;
            }
        }
        return false;
    }

    /** The category of each dimension at the cell ({@link #TOTAL} for margins). */
    public List<String> key(int cell) {
        int[] at = coordinatesOf(cell);
        List<String> key = new ArrayList<>(at.length);
        for (int d = 0; d < at.length; d++) {
            key.add(at[d] == values.get(d).size() ? TOTAL : values.get(d).get(at[d]));
        }
        return key;
    }

    /**
     * Every additive relation of the table: for each dimension and each position of the others, the cells along
     * that dimension; the last element of each line is its total.
     */
    public List<int[]> lines() {
        List<int[]> lines = new ArrayList<>();
        for (int cell = 0; cell < counts.length; cell++) {
            int[] at = coordinatesOf(cell);
            for (int d = 0; d < at.length; d++) {
                int n = values.get(d).size();
                if (at[d] != n) {
                    continue;
                }
                int[] line = new int[n + 1];
                for (int i = 0; i <= n; i++) {
                    at[d] = i;
                    line[i] = index(at);
                }
                at[d] = n;
                lines.add(line);
            }
        }
        return lines;
    }

    int index(int[] at) {
        int index = 0;
        for (int d = 0; d < at.length; d++) {
            index = index * radix[d] + at[d];
        }
        return index;
    }

    int[] coordinatesOf(int cell) {
        int[] at = new int[radix.length];
        for (int d = radix.length - 1; d >= 0; d--) {
            at[d] = cell % radix[d];
            cell /= radix[d];
        }
        return at;
    }

    int[] coordinates(List<String> key) {
        if (key.size() != dimensions.size()) {
            throw new IllegalArgumentException("a key names one category per dimension: " + dimensions);
        }
        int[] at = new int[key.size()];
        for (int d = 0; d < at.length; d++) {
            String value = key.get(d);
            at[d] = TOTAL.equals(value) ? values.get(d).size() : values.get(d).indexOf(value);
        }
        return at;
    }
}
