package org.nadiya.flow.ingest;

import org.nadiya.flow.OnError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies the on-error rule and remembers skipped rows and notes (bounded lists, exact counts), and the statement
 * accounts the file named.
 */
final class RowErrors {

    static final int LISTED = 1000;
    private static final int OWNERS_LISTED = 100;

    private final String source;
    private final OnError onError;
    private final List<ImportError> listed = new ArrayList<>();
    private final List<ImportError> notes = new ArrayList<>();
    private final Set<String> owners = new LinkedHashSet<>();
    private long count;
    private long noted;

    RowErrors(String source, OnError onError) {
        this.source = source;
        this.onError = onError;
    }

    String source() {
        return source;
    }

    /** A bad row: the import stops under FAIL, else the row is skipped and counted. */
    void reject(long row, String column, String code, String reason, Object... args) {
        reject(ImportError.of(row, column, code, reason, args));
    }

    void reject(ImportError error) {
        if (onError == OnError.FAIL) {
            throw new BadStatementException(source, error);
        }
        count++;
        if (listed.size() < LISTED) {
            listed.add(error);
        }
    }

    /** Something passed over on purpose (a zero amount, an entry not booked): never an error. */
    void note(long row, String column, String code, String reason, Object... args) {
        noted++;
        if (notes.size() < LISTED) {
            notes.add(ImportError.of(row, column, code, reason, args));
        }
    }

    /** A statement account the file named (its own account, not a counterparty's). */
    void owner(String account) {
        if (account != null && owners.size() < OWNERS_LISTED) {
            owners.add(account);
        }
    }

    ImportReport report(String format, long imported) {
        return new ImportReport(source, format, imported, count, List.copyOf(listed), noted, List.copyOf(notes),
                List.copyOf(owners));
    }
}
