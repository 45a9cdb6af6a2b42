package org.nadiya.stats.disclosure;

import java.util.List;

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
