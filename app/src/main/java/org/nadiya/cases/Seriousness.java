package org.nadiya.cases;

/** Seriousness of a crime by its maximum penalty (CC Art. 12): over 5 years grave, over 10 especially grave. */
public enum Seriousness {
    NON_GRAVE,
    GRAVE,
    ESPECIALLY_GRAVE;

    public static Seriousness ofMaxYears(int maxYears) {
        return maxYears > 10 ? ESPECIALLY_GRAVE : maxYears > 5 ? GRAVE : NON_GRAVE;
    }

    /** Ceiling of the pre-trial investigation after the notice of suspicion (CPC Art. 219). */
    public int ceilingMonths() {
        return this == NON_GRAVE ? 6 : 12;
    }
}
