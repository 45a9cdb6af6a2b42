package org.nadiya.stats.legacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table fit to leave the case team: every hidden cell (a count of 1 to threshold-1, or a cell hidden so that
 * such a count cannot be worked out) has no value; visible cells may be rounded. Hidden cells are not told apart,
 * because telling the reader which are the small ones would let them bound the others.
 */
public final class ProtectedTable {

    private final CountTable source;
    private final boolean[] hidden;
    private final int roundingBase;

    ProtectedTable(CountTable source, boolean[] hidden, int roundingBase) {
        this.source = source;
        this.hidden = hidden.clone();
        this.roundingBase = roundingBase;
    }

    public List<String> dimensions() {
        return source.dimensions();
    }

    public List<List<String>> values() {
        return source.values();
    }

    public int cellCount() {
        return hidden.length;
    }

    public List<String> key(int cell) {
        return source.key(cell);
    }

    public boolean isMargin(int cell) {
        return source.isMargin(cell);
    }

    public boolean suppressed(int cell) {
        return hidden[cell];
    }

    /** The published count, or null when suppressed. */
    public Long shown(int cell) {
        return hidden[cell] ? null : round(source.count(cell));
    }

    public Long shown(List<String> key) {
        return shown(source.index(source.coordinates(key)));
    }

    /**
     * The same protection seen through fewer dimensions: the margin of this table over the dimensions left out, in
     * the order given. Every cell of the result is a cell of this table with the same visibility, so the result
     * reveals nothing this table does not (a table protected together with a finer one is published this way).
     */
    public ProtectedTable project(List<String> dimensions) {
        List<String> own = source.dimensions();
        int[] from = new int[dimensions.size()];
        for (int i = 0; i < from.length; i++) {
            from[i] = own.indexOf(dimensions.get(i));
            if (from[i] < 0) {
                throw new IllegalArgumentException("not a dimension of the table: " + dimensions.get(i));
            }
        }
        Map<List<String>, Long> interior = new HashMap<>();
        for (int cell = 0; cell < hidden.length; cell++) {
            List<String> key = source.key(cell);
            boolean keep = true;
            List<String> projected = new ArrayList<>(from.length);
            for (int d = 0; d < own.size() && keep; d++) {
                boolean kept = dimensions.contains(own.get(d));
                keep = kept != CountTable.TOTAL.equals(key.get(d));
            }
            if (keep) {
                for (int f : from) {
                    projected.add(key.get(f));
                }
                interior.put(projected, source.count(cell));
            }
        }
        List<List<String>> values = new ArrayList<>();
        for (int f : from) {
            values.add(source.values().get(f));
        }
        CountTable table = CountTable.of(dimensions, values, interior);
        boolean[] shownHidden = new boolean[table.cellCount()];
        for (int cell = 0; cell < shownHidden.length; cell++) {
            List<String> key = table.key(cell);
            List<String> back = new ArrayList<>(Collections.nCopies(own.size(), CountTable.TOTAL));
            for (int i = 0; i < from.length; i++) {
                back.set(from[i], key.get(i));
            }
            shownHidden[cell] = hidden[source.index(source.coordinates(back))];
        }
        return new ProtectedTable(table, shownHidden, roundingBase);
    }

    public int roundingBase() {
        return roundingBase;
    }

    /** Rounds half up to the base; 1 means no rounding. */
    private long round(long count) {
        if (roundingBase <= 1) {
            return count;
        }
        return (count + roundingBase / 2) / roundingBase * roundingBase;
    }
}
