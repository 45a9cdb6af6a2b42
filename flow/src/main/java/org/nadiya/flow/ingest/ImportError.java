package org.nadiya.flow.ingest;

import java.util.List;

/**
 * One rejected (or noted) row: where it is, a stable code with arguments (see {@link org.nadiya.flow.StatementIssue})
 * and the English reason. {@code column} is null when the whole row is meant; {@code row} is 0 for the whole file.
 */
public record ImportError(long row, String column, String code, List<String> args, String reason) {

    public ImportError {
        args = List.copyOf(args);
    }

    static ImportError of(long row, String column, String code, String reason, Object... args) {
        return new ImportError(row, column, code, java.util.Arrays.stream(args).map(String::valueOf).toList(), reason);
    }

    org.nadiya.flow.StatementIssue issue(String source) {
        return new org.nadiya.flow.StatementIssue(source, row, column, code, args, reason);
    }

    @Override
    public String toString() {
        return "row " + row + (column == null ? "" : ", column '" + column + "'") + ": " + reason;
    }
}
