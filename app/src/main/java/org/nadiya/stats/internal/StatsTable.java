package org.nadiya.stats.internal;

import java.util.List;
import java.util.Optional;

/**
 * A table of the catalogue: its name, what it counts, where its facts come from and how it may be broken down.
 *
 * @param unit    message key suffix naming what one count is (a proceeding, a person...)
 */
record StatsTable(String name, String unit, FactSource source, List<Dimension> dimensions) {

    static final String UNKNOWN = "UNKNOWN";

    Optional<Dimension> dimension(String name) {
        return dimensions.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    List<String> dimensionNames() {
        return dimensions.stream().map(Dimension::name).toList();
    }
}
