package org.nadiya.cases.qualification;

/** Seriousness of a crime by its maximum imprisonment (CC Art. 12). */
public enum Severity implements Coded {
    NON_GRAVE, GRAVE, ESPECIALLY_GRAVE;

    static Severity ofMaxImprisonment(int maxYears) {
        if (maxYears > 10) {
            return ESPECIALLY_GRAVE;
        }
        return maxYears > 5 ? GRAVE : NON_GRAVE;
    }
}
