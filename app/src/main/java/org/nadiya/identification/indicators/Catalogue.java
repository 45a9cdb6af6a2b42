package org.nadiya.identification.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The indicator catalogue: groups of indicators with their sources, and the next steps. Immutable. */
public record Catalogue(String version, List<Source> sources, List<IndicatorGroup> groups, List<NextStep> steps) {

    public Catalogue {
        sources = List.copyOf(sources);
        groups = List.copyOf(groups);
        steps = List.copyOf(steps);
    }

    public List<Indicator> indicators() {
        return groups.stream().flatMap(g -> g.indicators().stream()).toList();
    }

    public Optional<Indicator> indicator(String id) {
        return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<IndicatorGroup> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** Indicators by id, in catalogue order. */
    public Map<String, Indicator> byId() {
        Map<String, Indicator> map = new LinkedHashMap<>();
        indicators().forEach(i -> map.put(i.id(), i));
        return map;
    }
}
