package org.nadiya.match.persons;

import java.util.ArrayList;
import java.util.List;

import org.nadiya.match.names.NameScorer;

/**
 * Combines the name score with the dates of birth and shared identifiers. A shared phone or account raises the
 * score only when the names already agree somewhat: one recruiter's phone turns up with many victims, so an
 * identifier alone never makes two people one.
 */
public final class PersonMatcher {

    public static final double DEFAULT_THRESHOLD = NameScorer.DEFAULT_THRESHOLD;

    private final NameScorer names = new NameScorer();

    public double score(PersonRecord a, PersonRecord b) {
        return compute(a, b, null);
    }

    public PersonMatch explain(PersonRecord a, PersonRecord b) {
        List<String> reasons = new ArrayList<>();
        double score = compute(a, b, reasons);
        return new PersonMatch(score, List.copyOf(reasons));
    }

    private double compute(PersonRecord a, PersonRecord b, List<String> reasons) {
        double name;
        if (reasons != null) {
            var explained = names.explain(a.name(), b.name());
            reasons.addAll(explained.reasons());
            name = explained.score();
        } else {
            name = names.score(a.name(), b.name());
        }
        double score = name;
        if (a.birthDate() != null && b.birthDate() != null) {
            switch (a.birthDate().compare(b.birthDate())) {
                case EXACT -> score = Math.min(1.0, score + 0.05);
                case TRANSPOSED -> score = Math.min(1.0, score + 0.02);
                case SAME_YEAR -> { }
                case SAME_YEAR_OTHER_DAY -> score *= 0.85;
                case YEAR_NEAR -> score *= 0.8;
                case DIFFERENT -> score *= 0.6;
            }
            note(reasons, "dates of birth: " + a.birthDate().compare(b.birthDate()).name().toLowerCase().replace('_', ' '));
        }
        String shared = firstShared(a, b);
        if (shared != null) {
            if (name >= 0.6) {
                score = Math.min(1.0, score + 0.15);
                note(reasons, "both have " + shared);
            } else {
                note(reasons, "both have " + shared + ", but the names differ: a link, not one person");
            }
        }
        return score;
    }

    private static String firstShared(PersonRecord a, PersonRecord b) {
        if (a.identifiers().isEmpty() || b.identifiers().isEmpty()) {
            return null;
        }
        for (String key : a.identifiers()) {
            if (b.identifiers().contains(key)) {
                return key;
            }
        }
        return null;
    }

    private static void note(List<String> reasons, String reason) {
        if (reasons != null) {
            reasons.add(reason);
        }
    }
}
