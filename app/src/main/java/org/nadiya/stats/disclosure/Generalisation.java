package org.nadiya.stats.disclosure;

import java.time.LocalDate;
import java.util.Map;

/**
 * Coarsening applied to quasi-identifiers before a record leaves the system: dates to years, Ukrainian regions
 * to macro-regions, age groups to majority status and broad bands.
 */
public final class Generalisation {

    public static final String UNKNOWN = "Unknown";

    // West, Centre, North, South, East as used in Ukrainian survey statistics (see docs/stats.md); Kyiv city is
    // its own macro-region because it alone is as large as one.
    private static final Map<String, String> MACRO_REGION = Map.ofEntries(
            Map.entry("UA-07", "WEST"), Map.entry("UA-21", "WEST"), Map.entry("UA-26", "WEST"),
            Map.entry("UA-46", "WEST"), Map.entry("UA-56", "WEST"), Map.entry("UA-61", "WEST"),
            Map.entry("UA-68", "WEST"), Map.entry("UA-77", "WEST"),
            Map.entry("UA-05", "CENTRE"), Map.entry("UA-18", "CENTRE"), Map.entry("UA-35", "CENTRE"),
            Map.entry("UA-53", "CENTRE"), Map.entry("UA-71", "CENTRE"),
            Map.entry("UA-32", "NORTH"), Map.entry("UA-59", "NORTH"), Map.entry("UA-74", "NORTH"),
            Map.entry("UA-30", "KYIV"),
            Map.entry("UA-23", "SOUTH"), Map.entry("UA-40", "SOUTH"), Map.entry("UA-43", "SOUTH"),
            Map.entry("UA-48", "SOUTH"), Map.entry("UA-51", "SOUTH"), Map.entry("UA-65", "SOUTH"),
            Map.entry("UA-09", "EAST"), Map.entry("UA-12", "EAST"), Map.entry("UA-14", "EAST"),
            Map.entry("UA-63", "EAST"),
            Map.entry("UA", "NATIONAL"));

    private Generalisation() {
    }

    public static String macroRegion(String regionCode) {
        return regionCode == null ? UNKNOWN : MACRO_REGION.getOrDefault(regionCode, UNKNOWN);
    }

    public static String year(LocalDate date) {
        return date == null ? UNKNOWN : Integer.toString(date.getYear());
    }

    /**
     * CTDC's {@code majorityStatus}: "Minor" under 18, "Adult" from 18. The age group label is the victims
     * module's ("0-13", "14-17", ..., "50+", "UNKNOWN").
     */
    public static String majorityStatus(String ageGroupLabel) {
        return switch (ageGroupLabel == null ? "" : ageGroupLabel) {
            case "0-13", "14-17" -> "Minor";
            case "18-24", "25-34", "35-49", "50+" -> "Adult";
            default -> UNKNOWN;
        };
    }

    /**
     * The broad age band exported as CTDC's {@code ageBroad}. Only the recorded age group is known here (the date of
     * birth stays encrypted in the victims module), so the bands are unions of whole recorded groups: 0-13 and 14-17
     * become 0--17, 35-49 and 50+ become 35+ (see docs/stats.md for how these relate to CTDC's own bands).
     */
    public static String ageBand(String ageGroupLabel) {
        return switch (ageGroupLabel == null ? "" : ageGroupLabel) {
            case "0-13", "14-17" -> "0--17";
            case "18-24" -> "18--24";
            case "25-34" -> "25--34";
            case "35-49", "50+" -> "35+";
            default -> UNKNOWN;
        };
    }
}
