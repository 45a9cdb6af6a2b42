package org.nadiya.training;

/** What is wrong in one row of an import (row 1 is the header). */
public record RowError(int row, String field, String message) {

    @Override
    public String toString() {
        return "row " + row + ", " + field + ": " + message;
    }
}
