package org.nadiya.match.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores two person names 0..1. Words are paired greedily by similarity whatever their order; the score mixes the
 * mean and the weakest pair, so one clearly different word (another surname) pulls it below the threshold. Words
 * left unpaired cost a little, a differing patronymic a lot, and a name of one word is never a sure match.
 */
public final class NameScorer {

    /** The score from which two names are taken to be the same person's. */
    public static final double DEFAULT_THRESHOLD = 0.85;

    static final double SAME_GIVEN_NAME = 0.95;
    static final double DIMINUTIVE = 0.8;
    static final double INITIAL = 0.85;

    public double score(String left, String right) {
        return score(PersonName.of(left), PersonName.of(right));
    }

    public double score(PersonName left, PersonName right) {
        return compute(left, right, null);
    }

    public NameScore explain(String left, String right) {
        return explain(PersonName.of(left), PersonName.of(right));
    }

    public NameScore explain(PersonName left, PersonName right) {
        List<String> reasons = new ArrayList<>();
        double score = compute(left, right, reasons);
        return new NameScore(score, List.copyOf(reasons));
    }

    private double compute(PersonName left, PersonName right, List<String> reasons) {
        int n = left.tokens.size();
        int m = right.tokens.size();
        if (n == 0 || m == 0) {
            note(reasons, "a name has no readable word");
            return 0.0;
        }
        double[] sims = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sims[i * m + j] = tokenSimilarity(left.tokens.get(i), right.tokens.get(j), null);
            }
        }
        int pairs = Math.min(n, m);
        boolean[] usedLeft = new boolean[n];
        boolean[] usedRight = new boolean[m];
        double sum = 0;
        double min = 1;
        boolean crossed = false;
        for (int p = 0; p < pairs; p++) {
            int best = -1;
            for (int k = 0; k < sims.length; k++) {
                if (!usedLeft[k / m] && !usedRight[k % m] && (best < 0 || sims[k] > sims[best])) {
                    best = k;
                }
            }
            usedLeft[best / m] = true;
            usedRight[best % m] = true;
            sum += sims[best];
            min = Math.min(min, sims[best]);
            crossed |= best / m != best % m;
            if (reasons != null) {
                tokenSimilarity(left.tokens.get(best / m), right.tokens.get(best % m), reasons);
            }
        }
        double score;
        if (pairs == 1) {
            score = sum * 0.85;
            note(reasons, "only one word could be compared: never a sure match");
        } else {
            score = 0.5 * (sum / pairs) + 0.5 * min;
            if (crossed) {
                note(reasons, "word order differs (surname first or last)");
            }
        }
        int unpaired = Math.max(n, m) - pairs;
        if (unpaired > 0 && pairs > 1) {
            score *= Math.pow(0.92, unpaired);
            note(reasons, unpaired + " word(s) without a counterpart");
        }
        if (left.patronymic != null && right.patronymic != null) {
            double patronymic = tokenSimilarity(left.patronymic, right.patronymic, null);
            if (patronymic >= 0.8) {
                score = Math.min(1.0, score + 0.03);
                note(reasons, "patronymics agree: " + left.patronymic.text + " / " + right.patronymic.text);
            } else {
                score *= 0.75;
                note(reasons, "patronymics differ: " + left.patronymic.text + " / " + right.patronymic.text);
            }
        }
        return Math.max(0.0, Math.min(1.0, score));
    }

    static double tokenSimilarity(NameToken a, NameToken b, List<String> reasons) {
        if (a.initial || b.initial) {
            boolean same = firstLetters(a, b);
            double sim = same ? INITIAL : 0.2;
            note(reasons, "initial " + (same ? "agrees" : "differs") + ": " + a.text + " / " + b.text);
            return sim;
        }
        double best = bestReading(a, b);
        if (a.parts != null || b.parts != null) {
            best = Math.max(best, 0.95 * bestPart(a, b));
        }
        String why = null;
        if (best < SAME_GIVEN_NAME && shares(a.givenGroups, b.givenGroups)) {
            best = SAME_GIVEN_NAME;
            why = "forms of one given name (Ukrainian/Russian/foreign)";
        } else if (best < DIMINUTIVE && (shares(a.givenGroups, b.diminutiveGroups) || shares(a.diminutiveGroups, b.givenGroups))) {
            best = DIMINUTIVE;
            why = "a diminutive of the name (weak evidence)";
        }
        if (reasons != null) {
            reasons.add(a.text + " / " + b.text + ": " + (why != null ? why
                    : "spellings read " + a.readings[0] + " / " + b.readings[0]) + " (" + String.format(Locale.ROOT, "%.2f", best) + ")");
        }
        return best;
    }

    private static double bestReading(NameToken a, NameToken b) {
        double best = 0;
        for (String ra : a.readings) {
            for (String rb : b.readings) {
                if (TokenSimilarity.upperBound(ra, rb) <= best) {
                    continue;
                }
                best = Math.max(best, TokenSimilarity.of(ra, rb));
                if (best == 1.0) {
                    return best;
                }
            }
        }
        return best;
    }

    private static double bestPart(NameToken a, NameToken b) {
        NameToken[] left = a.parts != null ? a.parts : new NameToken[] {a};
        NameToken[] right = b.parts != null ? b.parts : new NameToken[] {b};
        double best = 0;
        for (NameToken x : left) {
            for (NameToken y : right) {
                best = Math.max(best, bestReading(x, y));
            }
        }
        return best;
    }

    private static boolean firstLetters(NameToken a, NameToken b) {
        for (String ra : a.readings) {
            for (String rb : b.readings) {
                if (ra.charAt(0) == rb.charAt(0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean shares(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void note(List<String> reasons, String reason) {
        if (reasons != null) {
            reasons.add(reason);
        }
    }
}
