package org.nadiya.flow.ingest;

/** One rejected row: where it is and why. {@code column} is null when the whole row is wrong. */
public record ImportError(long row, String column, String reason) {

    @Override
    public String toString() {
        return "row " + row + (column == null ? "" : ", column '" + column + "'") + ": " + reason;
    }
}
