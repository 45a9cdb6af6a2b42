package org.nadiya.identification.indicators;

import java.util.List;

/**
 * Something the officer can do now, shown when any of its conditions holds: {@code always}, {@code child},
 * {@code unknowns}, {@code signal:STRONG|MEDIUM|WEAK}, {@code group:<id>} (any YES in the group) or
 * {@code indicator:<id>} (that indicator YES).
 */
public record NextStep(String id, List<String> when, Text text) {

    public NextStep {
        when = List.copyOf(when);
    }
}
