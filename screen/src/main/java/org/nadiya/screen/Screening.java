package org.nadiya.screen;

import java.util.List;

/** The screening of one ad, reproducible from the ad and the rules version. */
public record Screening(String id, double risk, RiskLevel level, Language language, List<IndicatorHit> indicators,
        List<Selector> selectors, String rulesVersion, String document) {
}
