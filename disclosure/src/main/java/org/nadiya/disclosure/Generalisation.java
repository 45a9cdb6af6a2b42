package org.nadiya.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coarsening applied to quasi-identifiers before a record leaves the system: dates to years, Ukrainian regions
 * to macro-regions, CTDC age bands to majority status.
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

    /** CTDC's broad age bands ({@code ageBroad}), youngest first (docs/sources.md). */
    public static final List<String> AGE_BANDS = List.of("0--8", "9--17", "18--20", "21--23",
            "24--26", "27--29", "30--38", "39--47", "48+");
    private static final Set<String> MINOR_BANDS = Set.of("0--8", "9--17");

    /**
     * CTDC's {@code majorityStatus} from a CTDC age band: "Minor" for 0--8 and 9--17, "Adult" for the others,
     * "Unknown" otherwise. Derived from the band, never from another field, so that majority is exactly the
     * coarsening of the bands (the statistics protect the two together, decision 0031).
     */
    public static String majorityStatus(String ctdcAgeBand) {
        if (ctdcAgeBand == null || !AGE_BANDS.contains(ctdcAgeBand)) {
            return UNKNOWN;
        }
        return MINOR_BANDS.contains(ctdcAgeBand) ? "Minor" : "Adult";
    }
}
