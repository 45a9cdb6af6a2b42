package org.nadiya.identification.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns answers into a signal. Points: a strong indicator answered YES counts 3, a medium
 * one 1. Adults: STRONG from {@link #ADULT_STRONG} points (two strong, or one strong and three medium), MEDIUM from
 * {@link #ADULT_MEDIUM} (one strong, or three medium), else WEAK. Children and persons of unclear age take the
 * child path with halved thresholds (STRONG from {@link #CHILD_STRONG}, MEDIUM from {@link #CHILD_MEDIUM}): for a
 * child the means of trafficking are irrelevant (Palermo Protocol Art. 3(c)), so exploitation alone counts.
 * From {@link #UNKNOWNS_NOTED} unknown answers on, the officer is told to come back to the questions.
 */
public final class Scoring {

    public static final int ADULT_STRONG = 6;
    public static final int ADULT_MEDIUM = 3;
    public static final int CHILD_STRONG = 3;
    public static final int CHILD_MEDIUM = 1;
    public static final int UNKNOWNS_NOTED = 5;

    private final Catalogue catalogue;

    public Scoring(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Scores the answers (indicator id to answer; missing ids are UNKNOWN). An id not in the catalogue is an
     * {@link IllegalArgumentException} naming it; {@code age} is required.
     */
    public Assessment assess(Map<String, Answer> answers, AgeBand age) {
        if (age == null) {
            throw new IllegalArgumentException("age is required");
        }
        var byId = catalogue.byId();
        for (String id : answers.keySet()) {
            if (!byId.containsKey(id)) {
                throw new IllegalArgumentException("unknown indicator '" + id + "'");
            }
        }
        List<Indicator> yes = new ArrayList<>();
        int unknowns = 0;
        for (Indicator indicator : byId.values()) {
            Answer answer = answers.getOrDefault(indicator.id(), Answer.UNKNOWN);
            if (answer == Answer.YES) {
                yes.add(indicator);
            } else if (answer == null || answer == Answer.UNKNOWN) {
                unknowns++;
            }
        }
        int score = yes.stream().mapToInt(i -> i.weight().points()).sum();
        boolean child = age.childPath();
        Signal signal = signal(score, child);
        yes.sort(Comparator.comparing((Indicator i) -> i.weight()));
        Set<String> yesIds = yes.stream().map(Indicator::id).collect(Collectors.toSet());
        Set<String> yesGroups = yes.stream().map(Indicator::groupId).collect(Collectors.toSet());
        boolean manyUnknown = unknowns >= UNKNOWNS_NOTED;
        List<NextStep> steps = catalogue.steps().stream()
                .filter(s -> s.when().stream().anyMatch(c -> holds(c, signal, child, manyUnknown, yesIds, yesGroups)))
                .toList();
        return new Assessment(signal, child, score, yes, steps, unknowns);
    }

    static Signal signal(int score, boolean child) {
        if (score >= (child ? CHILD_STRONG : ADULT_STRONG)) {
            return Signal.STRONG;
        }
        return score >= (child ? CHILD_MEDIUM : ADULT_MEDIUM) ? Signal.MEDIUM : Signal.WEAK;
    }

    private static boolean holds(String condition, Signal signal, boolean child, boolean manyUnknown, Set<String> yes,
                                 Set<String> groups) {
        return switch (condition) {
            case "always" -> true;
            case "child" -> child;
            case "unknowns" -> manyUnknown;
            default -> condition.startsWith("signal:") ? condition.equals("signal:" + signal)
                    : condition.startsWith("group:") ? groups.contains(condition.substring(6))
                    : condition.startsWith("indicator:") && yes.contains(condition.substring(10));
        };
    }
}
