package org.nadiya.flow;

/**
 * A statement that cannot be read (or a row that stops the import under {@link OnError#FAIL}); {@link #issue()}
 * says where and why with a code the application renders in the user's language.
 */
public class StatementException extends IllegalArgumentException {

    private final transient StatementIssue issue;

    public StatementException(StatementIssue issue) {
        super(issue.toString());
        this.issue = issue;
    }

    public StatementIssue issue() {
        return issue;
    }
}
