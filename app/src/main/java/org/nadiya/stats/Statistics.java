package org.nadiya.stats;

import java.util.List;
import java.util.Map;

/**
 * Protected statistics for callers without a signed-in user: the command line, run by an operator on the server.
 * The same disclosure control applies as on pages and the API; the read is audited under the caller's actor.
 */
public interface Statistics {

    /**
     * One table as rows (header first: the dimensions, {@code count}, {@code status}): the count is empty when under
     * 5, the status {@code ZERO}, {@code PERTURBED} or {@code SMALL} (decision 0036). {@code params} are those of
     * {@code GET /api/v1/stats/{table}}: by, period (or from and to), round, filters.
     *
     * @throws org.nadiya.kernel.InvalidInputException naming the parameter at fault
     */
    List<List<String>> table(String table, Map<String, String> params);

    /** Table names, each with its dimensions. */
    Map<String, List<String>> catalogue();
}
