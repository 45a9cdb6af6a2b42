package org.nadiya.flow;

import java.util.List;

/**
 * Something wrong with a statement, or worth noting about it: the file, the row (0: the file as a whole), the
 * column (null: the whole row or file), a stable {@code code} with its {@code args} for the application's message
 * bundles (key {@code error.flow.<code>}, arguments in order), and the English {@code text} the command line prints.
 */
public record StatementIssue(String source, long row, String column, String code, List<String> args, String text) {

    public StatementIssue {
        args = List.copyOf(args);
    }

    @Override
    public String toString() {
        String where = row > 0 ? "row " + row + (column == null ? "" : ", column '" + column + "'") + ": " : "";
        return (source == null ? "" : source + ": ") + where + text;
    }
}
