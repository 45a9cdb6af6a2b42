package org.nadiya.flow.ingest;

import org.nadiya.flow.StatementException;

/**
 * The statement cannot be imported: a file-level problem (row 0), or with {@code --on-error fail} the first bad
 * row, which ends the import.
 */
public class BadStatementException extends StatementException {

    private final transient ImportError error;

    public BadStatementException(String source, ImportError error) {
        super(error.issue(source));
        this.error = error;
    }

    /** A problem with the whole file: {@code code} and {@code args} for the bundles, {@code text} in English. */
    public BadStatementException(String source, String code, String text, Object... args) {
        this(source, ImportError.of(0, null, code, text, args));
    }

    public ImportError error() {
        return error;
    }
}
