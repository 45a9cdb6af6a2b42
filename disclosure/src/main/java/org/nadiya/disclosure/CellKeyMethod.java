package org.nadiya.disclosure;

import java.util.Collection;
import java.util.List;

/**
 * The cell-key method of the national statistics offices (ABS TableBuilder, the 2021 census rounds of Eurostat's
 * members), as decision 0036 sets it up. Every non-empty cell, margins included, is published as its count plus a
 * noise from -{@value #MAX_NOISE} to +{@value #MAX_NOISE} looked up by its cell key (the sum of its units' record
 * keys); a result under the threshold is published as "&lt;5" without a number; an empty cell is 0.
 *
 * <p>Why this defeats differencing: the noise of a cell depends only on which units are in it, so the same cell has
 * the same value in every table, filter and file, and asking again or in another shape gives nothing new; two
 * different cells have independent noise, so a difference of published numbers is the difference of the true
 * counts plus a noise the reader cannot remove. No published number, and no combination of them, is exact.
 */
public final class CellKeyMethod {

    public static final int STANDARD_THRESHOLD = 5;
    /** The largest change made to a count, either way (published in the legend: the method is no secret). */
    public static final int MAX_NOISE = 3;
    /**
     * The perturbation table: the chance of each noise -3..+3 (5, 10, 20, 30, 20, 10, 5 %), as cumulative bounds over
     * the cell key's position in [0, 1). Symmetric, so totals are unbiased; variance 2.1.
     */
    private static final double[] CUMULATIVE = {0.05, 0.15, 0.35, 0.65, 0.85, 0.95, 1.0};

    private final int threshold;
    private final int roundingBase;

    /**
     * @param threshold    smallest number published (5: a count plus noise from 1 to 4 is published as "&lt;5")
     * @param roundingBase 1 for the perturbed counts as they are, 5 to round them further to a multiple of 5
     */
    public CellKeyMethod(int threshold, int roundingBase) {
        if (threshold < 2 || roundingBase < 1) {
            throw new IllegalArgumentException("threshold must be at least 2 and the rounding base at least 1");
        }
        this.threshold = threshold;
        this.roundingBase = roundingBase;
    }

    public static CellKeyMethod standard() {
        return new CellKeyMethod(STANDARD_THRESHOLD, 1);
    }

    public int threshold() {
        return threshold;
    }

    public int roundingBase() {
        return roundingBase;
    }

    /** The noise of a cell, from its key alone. */
    static int noise(long cellKey) {
        double position = (double) Math.floorMod(cellKey, CountTable.KEY_MODULUS) / CountTable.KEY_MODULUS;
        for (int i = 0; i < CUMULATIVE.length; i++) {
            if (position < CUMULATIVE[i]) {
                return i - MAX_NOISE;
            }
        }
        return MAX_NOISE;
    }

    /** One cell: its published value (null when small) and how it was made. */
    public Cell publish(long count, long cellKey) {
        if (count < 0) {
            throw new IllegalArgumentException("negative count");
        }
        if (count == 0) {
            return new Cell(0L, CellStatus.ZERO);
        }
        long perturbed = count + noise(cellKey);
        if (perturbed < threshold) {
            return new Cell(null, CellStatus.SMALL);
        }
        long shown = roundingBase <= 1 ? perturbed : (perturbed + roundingBase / 2) / roundingBase * roundingBase;
        return new Cell(shown, CellStatus.PERTURBED);
    }

    public PublishedTable publish(CountTable table) {
        Cell[] cells = new Cell[table.cellCount()];
        for (int cell = 0; cell < cells.length; cell++) {
            cells[cell] = publish(table.count(cell), table.cellKey(cell));
        }
        return new PublishedTable(table, cells, this);
    }

    /** Units counted by one dimension (a partition such as screenings by region) and published with its total. */
    public PublishedTable publish(String dimension, List<String> categories, Collection<Unit> units) {
        return publish(CountTable.of(List.of(dimension), List.of(categories), units));
    }

    /** @param value the published number, null when {@link CellStatus#SMALL} */
    public record Cell(Long value, CellStatus status) {
    }
}
