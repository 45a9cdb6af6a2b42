package org.nadiya.identification.indicators;

import java.util.List;

/** A group of indicators, shown to the officer as one step of the form. */
public record IndicatorGroup(String id, Text title, List<Indicator> indicators) {

    public IndicatorGroup {
        indicators = List.copyOf(indicators);
    }
}
