package org.nadiya.flow.detect;

/** The money-flow patterns searched for; {@link #key()} is how rules files and JSON name them. */
public enum Typology {
    FAN_IN("fan-in"), FAN_OUT("fan-out"), SCATTER_GATHER("scatter-gather"), GATHER_SCATTER("gather-scatter"),
    CYCLE("cycle"), STACK("stack"), BIPARTITE("bipartite"), PASS_THROUGH("pass-through"),
    STRUCTURING("structuring"), SMALL_PAYMENTS("small-payments"), HIGH_RISK_COUNTRY("high-risk-country"),
    BURST("burst");

    private final String key;

    Typology(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Typology of(String key) {
        for (Typology t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown typology '" + key + "'");
    }
}
