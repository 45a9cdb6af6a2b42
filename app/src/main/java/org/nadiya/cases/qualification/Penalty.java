package org.nadiya.cases.qualification;

/** The imprisonment range of a part, in years. */
public record Penalty(int minYears, int maxYears) {

    public Penalty {
        if (minYears < 0 || maxYears < minYears) {
            throw new IllegalArgumentException("penalty " + minYears + "-" + maxYears + " years is not a range");
        }
    }

    public Severity severity() {
        return Severity.ofMaxImprisonment(maxYears);
    }
}
