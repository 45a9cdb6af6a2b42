package org.nadiya.disclosure;

import java.util.List;

/**
 * A table fit to leave the case team: every cell published by the {@link CellKeyMethod}, none exact except the
 * zeros. Cells are not additive: a total carries its own noise and need not equal the sum of the cells shown.
 */
public final class PublishedTable {

    private final CountTable source;
    private final CellKeyMethod.Cell[] cells;
    private final CellKeyMethod method;

    PublishedTable(CountTable source, CellKeyMethod.Cell[] cells, CellKeyMethod method) {
        this.source = source;
        this.cells = cells;
        this.method = method;
    }

    public List<String> dimensions() {
        return source.dimensions();
    }

    public List<List<String>> values() {
        return source.values();
    }

    public int cellCount() {
        return cells.length;
    }

    public List<String> key(int cell) {
        return source.key(cell);
    }

    public boolean isMargin(int cell) {
        return source.isMargin(cell);
    }

    public CellStatus status(int cell) {
        return cells[cell].status();
    }

    public CellStatus status(List<String> key) {
        return status(source.index(key));
    }

    /** Whether the cell is published without a number ("&lt;5"). */
    public boolean small(int cell) {
        return cells[cell].status() == CellStatus.SMALL;
    }

    /** The published number, or null when small. */
    public Long shown(int cell) {
        return cells[cell].value();
    }

    public Long shown(List<String> key) {
        return shown(source.index(key));
    }

    public int threshold() {
        return method.threshold();
    }

    public int roundingBase() {
        return method.roundingBase();
    }
}
