package org.nadiya.identification.indicators;

import java.util.List;

/**
 * The result of a screening: the signal, the indicators answered YES that led there (strong ones first), the
 * next steps, and how many indicators stayed unknown. Guidance for action, never a finding of fact.
 */
public record Assessment(Signal signal, boolean childPath, int score, List<Indicator> led, List<NextStep> steps,
                         int unknowns) {

    public Assessment {
        led = List.copyOf(led);
        steps = List.copyOf(steps);
    }
}
