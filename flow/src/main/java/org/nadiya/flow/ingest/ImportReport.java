package org.nadiya.flow.ingest;

import java.util.List;

/**
 * What one file gave: the mapping recognised or used, transactions imported, rows skipped (all counted, the
 * first {@link RowErrors#LISTED} listed).
 */
public record ImportReport(String source, String format, long imported, long skipped, List<ImportError> errors) {
}
