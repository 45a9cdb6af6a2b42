package org.nadiya.finance.internal;

import java.util.List;

import org.nadiya.flow.StatementIssue;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.kernel.Problem;
import org.nadiya.kernel.Text;

/**
 * The money-flow engine's statement problems as the kernel's message-key errors: the issue's code is the bundle key
 * {@code error.flow.<code>} with the issue's arguments, inside {@code error.flow.at.cell} / {@code at.row} /
 * {@code at.file} with the file's name as the user uploaded it (not the temporary copy the engine read), the row and
 * the column. Pages, the API and the CLI render them in the reader's language; {@code FlowBundlesTest} keeps every
 * code of the readers in both bundles.
 */
final class StatementProblems {

    private StatementProblems() {
    }

    /** A refused statement as an invalid input of the given field ("file", or "mapping" for the mapping file). */
    static InvalidInputException invalid(String field, StatementIssue issue, String fileName) {
        return new InvalidInputException(List.of(problem(field, issue, fileName)));
    }

    /** A statement that gave no transaction, with the first (at most five) rows it skipped and why. */
    static InvalidInputException noTransactions(List<StatementIssue> skipped, String fileName) {
        List<Text> rows = skipped.stream().limit(5).map(i -> located(i, fileName)).toList();
        return new InvalidInputException("file", "error.finance.file.noTransactions", fileName, rows);
    }

    static Problem problem(String field, StatementIssue issue, String fileName) {
        Text where = located(issue, fileName);
        return new Problem(field, where.key(), where.args());
    }

    /** The issue's reason in place: in the file, on its row, in its column. */
    private static Text located(StatementIssue issue, String fileName) {
        Text reason = Text.of("error.flow." + issue.code(), issue.args().toArray());
        if (issue.row() <= 0) {
            return Text.of("error.flow.at.file", fileName, reason);
        }
        String row = String.valueOf(issue.row());
        return issue.column() == null ? Text.of("error.flow.at.row", fileName, row, reason)
                : Text.of("error.flow.at.cell", fileName, row, issue.column(), reason);
    }
}
