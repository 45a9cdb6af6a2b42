package org.nadiya.training;

import java.io.Serializable;

import org.nadiya.kernel.Problem;

/** What is wrong in one row of an import (row 1 is the header): the column and the problem found in it. */
public record RowError(int row, String field, Problem problem) implements Serializable {

    @Override
    public String toString() {
        return "row " + row + ", " + field + ": " + problem.text(java.util.Locale.ENGLISH);
    }
}
