package org.nadiya.screen;

/** Low below the rules' medium threshold, high from the high threshold (defaults 0.40 and 0.70). */
public enum RiskLevel {
    LOW, MEDIUM, HIGH;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
