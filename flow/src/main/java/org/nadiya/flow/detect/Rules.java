package org.nadiya.flow.detect;

import java.util.Set;

/**
 * Parameters of every typology. Hours are windows in hours; amounts are minor units (kopiykas); tolerances
 * are fractions (0.1 = 10 %). Defaults are in {@link #defaults()}; docs/flow.md describes each rule.
 */
public record Rules(Fan fanIn, Fan fanOut, ScatterGather scatterGather, GatherScatter gatherScatter, Cycle cycle,
                    Stack stack, Bipartite bipartite, PassThrough passThrough, Structuring structuring,
                    SmallPayments smallPayments, HighRisk highRisk, Calibration calibration) {

    /**
     * The self-calibrating pass (docs/flow.md, "Calibrated typologies"): patterns over one-off and intense
     * relationships measured at every scale in {@code scaleHours} (0 = the whole period of the data), each scored by
     * how unusual it is among the accounts of the same data (robust z ≥ {@code cutoff}); relationships are intense
     * when their busiest window of a {@code burstHours} length is unusual among all pairs; structural alerts of the
     * fixed-window rules that rest mostly on recurring relationships are left out.
     */
    public record Calibration(boolean enabled, java.util.List<Long> scaleHours, java.util.List<Long> burstHours,
                              double cutoff, int minCounterparties, int maxLength) {
        public Calibration {
            scaleHours = java.util.List.copyOf(scaleHours);
            burstHours = java.util.List.copyOf(burstHours);
        }

        /** The windows at which a relationship's intensity is judged, in seconds (whole hours, none 0). */
        public long[] burstSeconds() {
            return burstHours.stream().mapToLong(h -> h * 3600).toArray();
        }

        /** The scales in seconds in the order given; the whole period as {@link Long#MAX_VALUE}. */
        public long[] scaleSeconds() {
            return scaleHours.stream().mapToLong(h -> h == 0 ? Long.MAX_VALUE : h * 3600).toArray();
        }
    }

    /** Many → one (fan-in) or one → many (fan-out): distinct counterparties within the window. */
    public record Fan(boolean enabled, long windowHours, int minCounterparties, long minAmount) {
    }

    /** S pays several intermediaries, each forwards a similar amount to the same T within the window. */
    public record ScatterGather(boolean enabled, long windowHours, int minIntermediaries, double amountTolerance) {
    }

    /** Within one window an account receives from many payers and pays many payees. */
    public record GatherScatter(boolean enabled, long windowHours, int minPayers, int minPayees) {
    }

    /** Money returns to where it started; each hop later than the previous, all within the window. */
    public record Cycle(boolean enabled, long windowHours, int maxLength, double amountTolerance, int maxCycles) {
    }

    /** A chain of hops, each soon after the previous, each a little smaller than the previous (fees taken). */
    public record Stack(boolean enabled, long maxGapHours, int minHops, double amountTolerance) {
    }

    /** A block of payers all paying the same block of payees; hubs above maxDegree are left out. */
    public record Bipartite(boolean enabled, int minPayers, int minPayees, double minDensity, int maxDegree) {
    }

    /** Receipts forwarded almost entirely and quickly, again and again. */
    public record PassThrough(boolean enabled, long maxDelayHours, double forwardRatio, int minEvents, long minAmount) {
    }

    /** Repeated amounts just below the reporting threshold (Law 361-IX Art. 20: UAH 400,000). */
    public record Structuring(boolean enabled, long thresholdMinor, String currency, double margin, long windowHours,
                              int minCount) {
    }

    /** Many small payments from many distinct payers to one account (victims' fees, exploitation income). */
    public record SmallPayments(boolean enabled, long maxAmount, long windowHours, int minPayers, int minPayments) {
    }

    /** Payments to or from accounts in configured high-risk countries (ISO 3166 alpha-2). */
    public record HighRisk(boolean enabled, Set<String> countries, long minAmount) {
        public HighRisk {
            countries = Set.copyOf(countries);
        }
    }

    public static Rules defaults() {
        return new Rules(
                new Fan(true, 72, 10, 0),
                new Fan(true, 72, 10, 0),
                new ScatterGather(true, 72, 3, 0.1),
                new GatherScatter(true, 72, 5, 5),
                new Cycle(true, 168, 6, 0.2, 100_000),
                new Stack(true, 24, 4, 0.1),
                new Bipartite(true, 3, 3, 0.8, 50),
                new PassThrough(true, 24, 0.9, 3, 0),
                new Structuring(true, 400_000_00L, "UAH", 0.1, 168, 3),
                new SmallPayments(true, 2_000_00L, 720, 20, 20),
                new HighRisk(true, Set.of("RU", "BY", "IR", "KP", "MM"), 0),
                new Calibration(true, java.util.List.of(24L, 168L, 720L, 2160L, 0L), java.util.List.of(24L, 168L), 3.5,
                        3, 10));
    }
}
