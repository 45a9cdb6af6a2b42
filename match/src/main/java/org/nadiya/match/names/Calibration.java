package org.nadiya.match.names;

import java.util.List;

/**
 * Turns the evidence of {@link NameScorer} into the probability that two names are the same person's. The words'
 * agreement is one number, half the mean and half the weakest word pair (decision 0015: one clearly different word
 * pulls it down whatever the others); a logistic model over it, the patronymics' disagreement, a patronymic on one
 * side only and unpaired words, fitted on the tuning part of the development set (bench/names/calibrate.py; decision
 * 0053), makes it a probability. The held-out part checks it: pairs scored about 0.9 are the same person about 90 %
 * of the time (docs/match.md).
 */
final class Calibration {

    /** Evidence, in this order (the columns of {@code match pairs --features}). A feature that does not apply is 0. */
    static final List<String> FEATURES = List.of("mean", "weakest", "one_word", "one_word_similarity", "unpaired",
            "patronymics", "patronymic_similarity", "one_patronymic", "empty", "patronymic_below_08", "weak");
    static final int MEAN = 0;
    static final int WEAKEST = 1;
    static final int ONE_WORD = 2;
    static final int ONE_WORD_SIMILARITY = 3;
    static final int UNPAIRED = 4;
    static final int PATRONYMICS = 5;
    static final int PATRONYMIC_SIMILARITY = 6;
    static final int ONE_PATRONYMIC = 7;
    static final int EMPTY = 8;
    /** How far two patronymics fall below 0.8: Михайлович and Миколайович are different fathers. */
    static final int PATRONYMIC_BELOW_08 = 9;
    /** 1 when an initial or a diminutive stood for a word: weak evidence, capped at {@link #WEAK_CAP}. */
    static final int WEAK = 10;

    /**
     * The most a name can score when only one word could be compared, or when an initial or a diminutive stood for
     * a word (О. Мельник, Саша Мельник): below the threshold, so such a pair is a candidate that needs a date of
     * birth or an identifier, never a match on the name alone. Not fitted: the development set has few such pairs.
     */
    static final double WEAK_CAP = 0.5;

    /** Fitted by bench/names/calibrate.py on the tuning part: intercept; words' agreement; patronymics; one; unpaired. */
    static final double INTERCEPT = -17.01924503037781;
    static final double[] WEIGHTS = {26.569329, -25.91322, -2.085007, 0.0};

    /** Lowest score at which the tuning part's pairs are the same person at least 99.5 % of the time. */
    static final double THRESHOLD = 0.504;

    private Calibration() {
    }

    static double probability(double[] x) {
        if (x[EMPTY] != 0) {
            return 0.0;
        }
        if (x[ONE_WORD] != 0) {
            return WEAK_CAP * x[ONE_WORD_SIMILARITY];
        }
        double words = (x[MEAN] + x[WEAKEST]) / 2;
        double z = INTERCEPT + WEIGHTS[0] * words + WEIGHTS[1] * x[PATRONYMIC_BELOW_08] + WEIGHTS[2] * x[ONE_PATRONYMIC]
                + WEIGHTS[3] * x[UNPAIRED];
        double p = 1.0 / (1.0 + Math.exp(-z));
        return x[WEAK] != 0 ? Math.min(p, WEAK_CAP) : p;
    }
}
