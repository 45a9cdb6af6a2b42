package org.nadiya.flow.ingest;

import org.nadiya.flow.OnError;
import java.util.ArrayList;
import java.util.List;

/** Applies the on-error rule and remembers skipped rows (a bounded list, an exact count). */
final class RowErrors {

    static final int LISTED = 1000;

    private final String source;
    private final OnError onError;
    private final List<ImportError> listed = new ArrayList<>();
    private long count;

    RowErrors(String source, OnError onError) {
        this.source = source;
        this.onError = onError;
    }

    void reject(long row, String column, String reason) {
        var error = new ImportError(row, column, reason);
        if (onError == OnError.FAIL) {
            throw new BadStatementException(source, error);
        }
        count++;
        if (listed.size() < LISTED) {
            listed.add(error);
        }
    }

    ImportReport report(String format, long imported) {
        return new ImportReport(source, format, imported, count, List.copyOf(listed));
    }
}
