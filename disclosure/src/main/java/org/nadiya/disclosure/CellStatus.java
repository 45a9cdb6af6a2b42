package org.nadiya.disclosure;

/** How a published cell was made. */
public enum CellStatus {
    /** Nobody is in the cell: published as 0, exactly (an empty cell has no record to protect and no noise). */
    ZERO,
    /** Published as its count plus the cell's own small, fixed noise. */
    PERTURBED,
    /** The count plus noise is under the threshold: published without a number ("&lt;5"). */
    SMALL
}
