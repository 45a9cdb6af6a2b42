package org.nadiya.stats.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.nadiya.stats.Statistics;
import org.springframework.stereotype.Service;

/** {@link Statistics} for the command line: an operator on the server reads what an administrator would. */
@Service
class OperatorStatistics implements Statistics {

    private static final CurrentUser OPERATOR = new CurrentUser(0, "system:cli", "Operator", Set.of(Role.ADMIN),
            "ADMINISTRATION", CurrentUser.CENTRAL, false);

    private final Aggregates aggregates;

    OperatorStatistics(Aggregates aggregates) {
        this.aggregates = aggregates;
    }

    @Override
    public List<List<String>> table(String table, Map<String, String> params) {
        var query = StatsQuery.parse(aggregates.catalogue(), table, params);
        return Downloads.rows(aggregates.compute(OPERATOR, query));
    }

    @Override
    public Map<String, List<String>> catalogue() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        aggregates.catalogue().tables().forEach(t -> tables.put(t.name(), t.dimensionNames()));
        return tables;
    }
}
