package org.nadiya.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Counts of units cross-classified by one or more dimensions, with every margin (along each dimension the extra
 * position {@link #TOTAL} holds the line's sum), and for each cell the sum of its units' record keys modulo 2^32:
 * the cell key. A cell's count and key depend only on which units are in it, so the same group of units has the
 * same count and key in every table it appears in, however it was asked for.
 */
public final class CountTable {

    public static final String TOTAL = "TOTAL";
    static final long KEY_MODULUS = 1L << 32;

    private final List<String> dimensions;
    private final List<List<String>> values;
    private final int[] radix;
    private final long[] counts;
    private final long[] keys;

    private CountTable(List<String> dimensions, List<List<String>> values) {
        this.dimensions = List.copyOf(dimensions);
        this.values = values.stream().map(List::copyOf).toList();
        this.radix = values.stream().mapToInt(v -> v.size() + 1).toArray();
        int size = 1;
        for (int r : radix) {
            size = Math.multiplyExact(size, r);
        }
        this.counts = new long[size];
        this.keys = new long[size];
    }

    /**
     * @param values the categories of each dimension, in display order (none may be {@link #TOTAL}); every value of
     *               every unit must be among them
     * @param units  each counted once in each combination of its values (several when a dimension holds several);
     *               a margin over a multi-valued dimension is the sum of its cells (unit-value pairs)
     */
    public static CountTable of(List<String> dimensions, List<List<String>> values, Collection<Unit> units) {
        if (dimensions.isEmpty() || dimensions.size() != values.size()) {
            throw new IllegalArgumentException("one list of categories per dimension, at least one dimension");
        }
        for (List<String> v : values) {
            if (v.contains(TOTAL)) {
                throw new IllegalArgumentException(TOTAL + " is reserved for margins");
            }
        }
        var table = new CountTable(dimensions, values);
        for (Unit unit : units) {
            table.add(unit, 0, new int[dimensions.size()]);
        }
        return table;
    }

    private void add(Unit unit, int d, int[] at) {
        if (d == at.length) {
            addToEveryMargin(at, 0, unit.key());
            return;
        }
        for (String value : unit.of(dimensions.get(d))) {
            int i = values.get(d).indexOf(value);
            if (i < 0) {
                throw new IllegalArgumentException("category " + value + " is not listed for " + dimensions.get(d));
            }
            at[d] = i;
            add(unit, d + 1, at);
        }
    }

    /** Adds the unit to the cell and to each margin above it (2^dims cells). */
    private void addToEveryMargin(int[] at, int dimension, long key) {
        if (dimension == at.length) {
            int cell = index(at);
            counts[cell]++;
            keys[cell] = (keys[cell] + key) % KEY_MODULUS;
            return;
        }
        addToEveryMargin(at, dimension + 1, key);
        int own = at[dimension];
        at[dimension] = values.get(dimension).size();
        addToEveryMargin(at, dimension + 1, key);
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
        return counts[index(key)];
    }

    /** The cell key: the sum of the cell's units' record keys modulo 2^32. */
    long cellKey(int cell) {
        return keys[cell];
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

    /** The cell of a key (one category or {@link #TOTAL} per dimension). */
    public int index(List<String> key) {
        if (key.size() != dimensions.size()) {
            throw new IllegalArgumentException("a key names one category per dimension: " + dimensions);
        }
        int[] at = new int[key.size()];
        for (int d = 0; d < at.length; d++) {
            String value = key.get(d);
            at[d] = TOTAL.equals(value) ? values.get(d).size() : values.get(d).indexOf(value);
            if (at[d] < 0) {
                throw new IllegalArgumentException("unknown category " + value + " of " + dimensions.get(d));
            }
        }
        return index(at);
    }

    private int index(int[] at) {
        int index = 0;
        for (int d = 0; d < at.length; d++) {
            index = index * radix[d] + at[d];
        }
        return index;
    }

    private int[] coordinatesOf(int cell) {
        int[] at = new int[radix.length];
        for (int d = radix.length - 1; d >= 0; d--) {
            at[d] = cell % radix[d];
            cell /= radix[d];
        }
        return at;
    }
}
