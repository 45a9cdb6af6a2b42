package org.nadiya.identification.indicators;

/** How much an indicator says on its own (ILO 2012: one strong indicator may suffice, medium ones need company). */
public enum Weight {
    STRONG(3), MEDIUM(1);

    private final int points;

    Weight(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }
}
