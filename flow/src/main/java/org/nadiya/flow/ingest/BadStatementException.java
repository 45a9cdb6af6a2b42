package org.nadiya.flow.ingest;

/** The statement cannot be imported; with {@code --on-error fail} the first bad row ends the import. */
public class BadStatementException extends IllegalArgumentException {

    private final transient ImportError error;

    public BadStatementException(String source, ImportError error) {
        super(source + ": " + error);
        this.error = error;
    }

    public BadStatementException(String message) {
        super(message);
        this.error = null;
    }

    public ImportError error() {
        return error;
    }
}
