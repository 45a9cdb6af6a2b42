package org.nadiya.match.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nadiya.match.names.NameScorer;

/**
 * How likely two records are one person: the name's probability (calibrated, {@link NameScorer}) updated by the
 * other evidence as likelihood ratios on the log-odds — dates of birth, shared identifiers, the place of birth.
 * Two rules keep a merge honest (decision 0054):
 * <ul>
 * <li>never on a name alone: a pair is a {@linkplain PersonMatch#match() match} only when something besides the
 * name agrees (a date of birth, an identifier, the place), and</li>
 * <li>never against the name: the names must agree at least weakly ({@link #NAME_FLOOR}: an initial or a
 * diminutive is enough with a date of birth; Олена and Олег born the same day are twins, not one person).</li>
 * </ul>
 * A shared phone or account counts only when the names agree: one recruiter's phone turns up with many victims.
 */
public final class PersonMatcher {

    /** The score from which two records are one person (with the two rules above): the name threshold. */
    public static final double DEFAULT_THRESHOLD = NameScorer.DEFAULT_THRESHOLD;
    /** The least name probability that other evidence may lift: the cap of an initial or a diminutive. */
    public static final double NAME_FLOOR = 0.5;
    /** The most the name alone counts for on the log-odds: identical names may be namesakes. */
    public static final double NAME_CERTAINTY = 0.99;
    /** The name probability from which a year of birth alone (against a date in it) confirms it. */
    public static final double STRONG_NAME = 0.99;

    /**
     * Likelihood ratios, P(evidence | one person) / P(evidence | two people with such names): a date of birth is
     * one of ~22,000 (60 years of birth), so agreeing dates are strong evidence; the ratios are rounded down by an
     * order of magnitude for dates typed wrong or defaulted (01.01) and for namesakes of one family.
     */
    static final double DATE_EXACT = Math.log(1000);
    static final double DATE_TRANSPOSED = Math.log(50);
    static final double DATE_SAME_YEAR = Math.log(10);
    static final double DATE_SAME_YEAR_OTHER_DAY = Math.log(0.3);
    static final double DATE_YEAR_NEAR = Math.log(0.1);
    static final double DATE_DIFFERENT = Math.log(0.001);
    static final double SHARED_IDENTIFIER = Math.log(20);
    static final double SAME_PLACE = Math.log(5);

    private final NameScorer names = new NameScorer();

    public double score(PersonRecord a, PersonRecord b) {
        return compute(a, b, null, false).score();
    }

    /** The score, whether it is a match and the evidence in short, without the reasons (fast: dedupe). */
    public PersonMatch match(PersonRecord a, PersonRecord b) {
        return compute(a, b, null, true);
    }

    public PersonMatch explain(PersonRecord a, PersonRecord b) {
        return compute(a, b, new ArrayList<>(), true);
    }

    private PersonMatch compute(PersonRecord a, PersonRecord b, List<String> reasons, boolean detail) {
        double name;
        if (reasons != null) {
            var explained = names.explain(a.name(), b.name());
            reasons.addAll(explained.reasons());
            name = explained.score();
        } else {
            name = names.score(a.name(), b.name());
        }
        List<String> evidence = detail ? new ArrayList<>(4) : null;
        if (detail) {
            evidence.add(String.format(Locale.ROOT, "name %.2f", name));
        }
        // The name's probability is at the development set's mix of pairs; in a register namesakes are common, so a
        // name alone is never taken as surer than NAME_CERTAINTY (one differing date of birth outweighs it).
        double capped = Math.min(name, NAME_CERTAINTY);
        double logOdds = Math.log(Math.max(1e-9, capped) / (1 - capped));
        boolean corroborated = false;
        BirthDate.Agreement dates = null;
        if (a.birthDate() != null && b.birthDate() != null) {
            var agreement = a.birthDate().compare(b.birthDate());
            dates = agreement;
            logOdds += switch (agreement) {
                case EXACT -> DATE_EXACT;
                case TRANSPOSED -> DATE_TRANSPOSED;
                case SAME_YEAR -> DATE_SAME_YEAR;
                case SAME_YEAR_OTHER_DAY -> DATE_SAME_YEAR_OTHER_DAY;
                case YEAR_NEAR -> DATE_YEAR_NEAR;
                case DIFFERENT -> DATE_DIFFERENT;
            };
            // A year against a date in it is weak: it confirms only a name that is all but certain.
            corroborated = agreement == BirthDate.Agreement.EXACT || agreement == BirthDate.Agreement.TRANSPOSED
                    || agreement == BirthDate.Agreement.SAME_YEAR && name >= STRONG_NAME;
            if (detail) {
                String said = "date of birth " + agreement.name().toLowerCase(Locale.ROOT).replace('_', ' ');
                evidence.add(said);
                note(reasons, said + ": " + a.birthDate().text() + " / " + b.birthDate().text());
            }
        }
        String shared = firstShared(a, b);
        String counted = null;
        if (shared != null) {
            if (name >= NAME_FLOOR) {
                counted = shared;
                logOdds += SHARED_IDENTIFIER;
                corroborated = true;
                if (detail) {
                    evidence.add("both have " + shared);
                    note(reasons, "both have " + shared);
                }
            } else {
                note(reasons, "both have " + shared + ", but the names differ: a link, not one person");
            }
        }
        boolean samePlace = a.place() != null && a.place().equals(b.place());
        if (samePlace) {
            logOdds += SAME_PLACE;
            corroborated = true;
            if (detail) {
                evidence.add("same place " + a.place());
                note(reasons, "same place: " + a.place());
            }
        }
        double score = 1.0 / (1.0 + Math.exp(-logOdds));
        boolean match = score >= DEFAULT_THRESHOLD && name >= NAME_FLOOR && corroborated;
        if (reasons != null && score >= DEFAULT_THRESHOLD && !match) {
            reasons.add(name < NAME_FLOOR ? "the names disagree: not one person whatever else agrees"
                    : "nothing but the name agrees: a candidate, not a match");
        }
        return new PersonMatch(score, match, name, dates, counted, samePlace, detail ? List.copyOf(evidence) : List.of(),
                reasons == null ? List.of() : List.copyOf(reasons));
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
