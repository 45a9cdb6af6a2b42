package org.nadiya.flow.ingest;

import java.util.List;

/**
 * What one file gave: the format recognised or the mapping used, transactions imported, rows skipped (all
 * counted, the first {@link RowErrors#LISTED} listed), notes on what was passed over on purpose (counted and
 * listed the same way), and the statement accounts the file itself named.
 */
public record ImportReport(String source, String format, long imported, long skipped, List<ImportError> errors,
                           long noted, List<ImportError> notes, List<String> owners) {
}
