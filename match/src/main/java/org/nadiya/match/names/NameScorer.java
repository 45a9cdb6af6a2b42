package org.nadiya.match.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores two person names: the score is the probability that they are the same person's (calibrated on the
 * development set of multilingual public figures' names, decision 0053). Words are paired greedily by similarity
 * whatever their order; the evidence is the mean and the weakest of the pairs, the patronymics (agreeing,
 * differing, or missing on one side), words left unpaired, and whether only one word could be compared. A logistic
 * model over that evidence ({@link Calibration}) turns it into a probability.
 */
public final class NameScorer {

    /**
     * The score from which two names are taken to be the same person's: the lowest at which pairs of the
     * development set's tuning part were the same person at least 99.5 % of the time (decision 0053).
     */
    public static final double DEFAULT_THRESHOLD = Calibration.THRESHOLD;

    /** Names of the evidence columns {@link #features} returns. */
    public static final java.util.List<String> FEATURES = Calibration.FEATURES;

    static final double SAME_GIVEN_NAME = 0.95;
    static final double DIMINUTIVE = 0.8;
    static final double DIFFERENT_GIVEN_NAMES = 0.2;
    static final double DIFFERENT_SUFFIXES = 0.2;
    /** Surname suffix classes in readings: a pair whose words end in two different classes is two surnames. */
    private static final String[][] SUFFIX_CLASSES = {{"enko", "jenko"}, {"Cuk", "uk", "juk"}, {"ski", "cki"}};
    static final double INITIAL = 0.85;

    public double score(String left, String right) {
        return score(PersonName.of(left), PersonName.of(right));
    }

    public double score(PersonName left, PersonName right) {
        return Calibration.probability(evidence(left, right, null));
    }

    public NameScore explain(String left, String right) {
        return explain(PersonName.of(left), PersonName.of(right));
    }

    public NameScore explain(PersonName left, PersonName right) {
        List<String> reasons = new ArrayList<>();
        double score = Calibration.probability(evidence(left, right, reasons));
        reasons.add(String.format(Locale.ROOT, "probability of the same person %.2f", score));
        return new NameScore(score, List.copyOf(reasons));
    }

    /** The evidence the score is made of, in the order of {@link Calibration#FEATURES}; for calibration. */
    public double[] features(String left, String right) {
        return evidence(PersonName.of(left), PersonName.of(right), null);
    }

    private double[] evidence(PersonName left, PersonName right, List<String> reasons) {
        double[] x = new double[Calibration.FEATURES.size()];
        int n = left.tokens.size();
        int m = right.tokens.size();
        if (n == 0 || m == 0) {
            note(reasons, "a name has no readable word");
            x[Calibration.EMPTY] = 1;
            return x;
        }
        double[] sims = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sims[i * m + j] = tokenSimilarity(left.tokens.get(i), right.tokens.get(j), null);
                if (weak(left.tokens.get(i), right.tokens.get(j), sims[i * m + j])) {
                    sims[i * m + j] = -sims[i * m + j]; // marked weak; the sign is taken off below
                }
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
                if (!usedLeft[k / m] && !usedRight[k % m] && (best < 0 || Math.abs(sims[k]) > Math.abs(sims[best]))) {
                    best = k;
                }
            }
            usedLeft[best / m] = true;
            usedRight[best % m] = true;
            double sim = Math.abs(sims[best]);
            if (sims[best] < 0) {
                x[Calibration.WEAK] = 1;
            }
            sum += sim;
            min = Math.min(min, sim);
            crossed |= best / m != best % m;
            if (reasons != null) {
                tokenSimilarity(left.tokens.get(best / m), right.tokens.get(best % m), reasons);
            }
        }
        boolean bothPatronymics = left.patronymic != null && right.patronymic != null;
        if (pairs == 1 && bothPatronymics) {
            // A name of one word and a patronymic (Асылбек уулу Дамирбек): the patronymics are the second pair.
            double patronymic = patronymicSimilarity(left.patronymic, right.patronymic);
            x[Calibration.MEAN] = (sum + patronymic) / 2;
            x[Calibration.WEAKEST] = Math.min(min, patronymic);
            note(reasons, String.format(Locale.ROOT, "patronymics compared as a second word: %s / %s (%.2f)",
                    left.patronymic.text, right.patronymic.text, patronymic));
        } else if (pairs == 1) {
            x[Calibration.ONE_WORD] = 1;
            x[Calibration.ONE_WORD_SIMILARITY] = sum;
            note(reasons, "only one word could be compared: never a sure match");
        } else {
            x[Calibration.MEAN] = sum / pairs;
            x[Calibration.WEAKEST] = min;
            if (crossed) {
                note(reasons, "word order differs (surname first or last)");
            }
        }
        int unpaired = Math.max(n, m) - pairs;
        x[Calibration.UNPAIRED] = unpaired;
        if (unpaired > 0) {
            note(reasons, unpaired + " word(s) without a counterpart");
        }
        if (bothPatronymics && pairs > 1) {
            double patronymic = patronymicSimilarity(left.patronymic, right.patronymic);
            x[Calibration.PATRONYMICS] = 1;
            x[Calibration.PATRONYMIC_SIMILARITY] = patronymic;
            x[Calibration.PATRONYMIC_BELOW_08] = Math.max(0, 0.8 - patronymic);
            note(reasons, String.format(Locale.ROOT, "patronymics %s: %s / %s (%.2f)", patronymic >= 0.8 ? "agree" : "differ",
                    left.patronymic.text, right.patronymic.text, patronymic));
        } else if (left.patronymic != null || right.patronymic != null) {
            x[Calibration.ONE_PATRONYMIC] = 1;
            note(reasons, "a patronymic on one side only");
        }
        return x;
    }

    private static boolean differentSuffixes(NameToken a, NameToken b) {
        int classA = suffixClass(a);
        int classB = suffixClass(b);
        return classA >= 0 && classB >= 0 && classA != classB;
    }

    /** The suffix class all readings of the word agree on, or -1. */
    private static int suffixClass(NameToken token) {
        int found = -1;
        for (String reading : token.readings) {
            int cls = -1;
            for (int c = 0; c < SUFFIX_CLASSES.length && cls < 0; c++) {
                for (String suffix : SUFFIX_CLASSES[c]) {
                    if (reading.length() > suffix.length() + 2 && reading.endsWith(suffix)) {
                        cls = c;
                    }
                }
            }
            if (cls < 0 || found >= 0 && found != cls) {
                return -1;
            }
            found = cls;
        }
        return found;
    }

    /** Whether an initial or a diminutive is what makes this word pair agree: weak evidence. */
    private static boolean weak(NameToken a, NameToken b, double sim) {
        if (a.initial || b.initial) {
            return sim >= INITIAL;
        }
        return sim == DIMINUTIVE && (shares(a.givenGroups, b.diminutiveGroups) || shares(a.diminutiveGroups, b.givenGroups));
    }

    /** Patronymics compared by the father's name in them (Тулешович / Төлешұлы, Олексійович / Alekseevich). */
    static double patronymicSimilarity(NameToken a, NameToken b) {
        var names = GivenNames.instance();
        double best = 0;
        boolean differentFathers = true;
        for (String x : stems(a)) {
            for (String y : stems(b)) {
                best = Math.max(best, TokenSimilarity.of(x, y));
                int[] gx = names.stemGroups(x);
                int[] gy = names.stemGroups(y);
                if (best < SAME_GIVEN_NAME && shares(gx, gy)) {
                    best = SAME_GIVEN_NAME;
                }
                differentFathers &= gx.length > 0 && gy.length > 0 && !shares(gx, gy);
            }
        }
        // Two different names of the list are two fathers however alike they look (Михайлович, Миколайович).
        return differentFathers ? Math.min(best, DIFFERENT_GIVEN_NAMES) : best;
    }

    private static String[] stems(NameToken token) {
        String[] out = new String[token.readings.length];
        for (int i = 0; i < out.length; i++) {
            String stem = NameToken.patronymicStem(token.readings[i]);
            out[i] = stem != null ? stem : token.readings[i];
        }
        return out;
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
        if (best > DIFFERENT_SUFFIXES && differentSuffixes(a, b)) {
            // Коваленко and Ковальчук share a stem, not a surname: -енко, -чук/-ук/-юк and -ський are different names.
            best = DIFFERENT_SUFFIXES;
            why = "different surname suffixes";
        } else if (a.givenGroups.length > 0 && b.givenGroups.length > 0 && !shares(a.givenGroups, b.givenGroups)
                && !shares(a.givenGroups, b.diminutiveGroups) && !shares(a.diminutiveGroups, b.givenGroups)) {
            // Two different given names of the list are two names however alike they look (Олена, Олег; Ірина, Інна).
            best = Math.min(best, DIFFERENT_GIVEN_NAMES);
            why = "different given names";
        } else if (best < SAME_GIVEN_NAME && shares(a.givenGroups, b.givenGroups)) {
            best = SAME_GIVEN_NAME;
            why = "forms of one given name (Ukrainian/Russian/Belarusian/foreign)";
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

    static boolean shares(int[] a, int[] b) {
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
