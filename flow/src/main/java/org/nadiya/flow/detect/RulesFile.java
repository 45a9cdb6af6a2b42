package org.nadiya.flow.detect;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads rules from YAML (or JSON): one section per typology, keyed as in {@link Typology#key()}; any parameter
 * left out keeps its default, amounts are written in the currency's units (e.g. 400000.00), unknown keys are
 * refused so a typo does not silently keep a default.
 */
public final class RulesFile {

    private RulesFile() {
    }

    public static Rules read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (root == null) {
                return Rules.defaults();
            }
            if (!(root instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(file + ": rules must be an object of typology sections");
            }
            return parse(file.getFileName().toString(), map);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new IllegalArgumentException(file + ": not valid YAML or JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Reads rules from YAML or JSON text; {@code source} names it in error messages. */
    public static Rules parse(String source, String text) {
        try {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            if (root == null) {
                return Rules.defaults();
            }
            if (!(root instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(source + ": rules must be an object of typology sections");
            }
            return parse(source, map);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new IllegalArgumentException(source + ": not valid YAML or JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    static Rules parse(String source, Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if ("calibration".equals(String.valueOf(key))) {
                continue;
            }
            if (Typology.BURST.key().equals(String.valueOf(key))) {
                throw new IllegalArgumentException(source + ": burst has no section of its own; it is found by the"
                        + " calibration section");
            }
            try {
                Typology.of(String.valueOf(key));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": " + e.getMessage());
            }
        }
        Rules d = Rules.defaults();
        var fi = new Section(source, map, "fan-in", "enabled", "windowHours", "minCounterparties", "minAmount");
        var fo = new Section(source, map, "fan-out", "enabled", "windowHours", "minCounterparties", "minAmount");
        var sg = new Section(source, map, "scatter-gather", "enabled", "windowHours", "minIntermediaries",
                "amountTolerance");
        var gs = new Section(source, map, "gather-scatter", "enabled", "windowHours", "minPayers", "minPayees");
        var cy = new Section(source, map, "cycle", "enabled", "windowHours", "maxLength", "amountTolerance",
                "maxCycles");
        var st = new Section(source, map, "stack", "enabled", "maxGapHours", "minHops", "amountTolerance");
        var bp = new Section(source, map, "bipartite", "enabled", "minPayers", "minPayees", "minDensity", "maxDegree");
        var pt = new Section(source, map, "pass-through", "enabled", "maxDelayHours", "forwardRatio", "minEvents",
                "minAmount");
        var sr = new Section(source, map, "structuring", "enabled", "threshold", "currency", "margin", "windowHours",
                "minCount");
        var sp = new Section(source, map, "small-payments", "enabled", "maxAmount", "windowHours", "minPayers",
                "minPayments");
        var hr = new Section(source, map, "high-risk-country", "enabled", "countries", "minAmount");
        var ca = new Section(source, map, "calibration", "enabled", "scaleHours", "burstHours", "cutoff",
                "minCounterparties", "maxLength");
        return new Rules(
                new Rules.Fan(fi.flag(d.fanIn().enabled()), fi.whole("windowHours", d.fanIn().windowHours()),
                        (int) fi.whole("minCounterparties", d.fanIn().minCounterparties()),
                        fi.money("minAmount", d.fanIn().minAmount())),
                new Rules.Fan(fo.flag(d.fanOut().enabled()), fo.whole("windowHours", d.fanOut().windowHours()),
                        (int) fo.whole("minCounterparties", d.fanOut().minCounterparties()),
                        fo.money("minAmount", d.fanOut().minAmount())),
                new Rules.ScatterGather(sg.flag(true), sg.whole("windowHours", d.scatterGather().windowHours()),
                        (int) sg.whole("minIntermediaries", d.scatterGather().minIntermediaries()),
                        sg.fraction("amountTolerance", d.scatterGather().amountTolerance())),
                new Rules.GatherScatter(gs.flag(true), gs.whole("windowHours", d.gatherScatter().windowHours()),
                        (int) gs.whole("minPayers", d.gatherScatter().minPayers()),
                        (int) gs.whole("minPayees", d.gatherScatter().minPayees())),
                new Rules.Cycle(cy.flag(true), cy.whole("windowHours", d.cycle().windowHours()),
                        (int) cy.whole("maxLength", d.cycle().maxLength()),
                        cy.fraction("amountTolerance", d.cycle().amountTolerance()),
                        (int) cy.whole("maxCycles", d.cycle().maxCycles())),
                new Rules.Stack(st.flag(true), st.whole("maxGapHours", d.stack().maxGapHours()),
                        (int) st.whole("minHops", d.stack().minHops()),
                        st.fraction("amountTolerance", d.stack().amountTolerance())),
                new Rules.Bipartite(bp.flag(true), (int) bp.whole("minPayers", d.bipartite().minPayers()),
                        (int) bp.whole("minPayees", d.bipartite().minPayees()),
                        bp.fraction("minDensity", d.bipartite().minDensity()),
                        (int) bp.whole("maxDegree", d.bipartite().maxDegree())),
                new Rules.PassThrough(pt.flag(true), pt.whole("maxDelayHours", d.passThrough().maxDelayHours()),
                        pt.fraction("forwardRatio", d.passThrough().forwardRatio()),
                        (int) pt.whole("minEvents", d.passThrough().minEvents()),
                        pt.money("minAmount", d.passThrough().minAmount())),
                new Rules.Structuring(sr.flag(true), sr.money("threshold", d.structuring().thresholdMinor()),
                        sr.text("currency", d.structuring().currency()),
                        sr.fraction("margin", d.structuring().margin()),
                        sr.whole("windowHours", d.structuring().windowHours()),
                        (int) sr.whole("minCount", d.structuring().minCount())),
                new Rules.SmallPayments(sp.flag(true), sp.money("maxAmount", d.smallPayments().maxAmount()),
                        sp.whole("windowHours", d.smallPayments().windowHours()),
                        (int) sp.whole("minPayers", d.smallPayments().minPayers()),
                        (int) sp.whole("minPayments", d.smallPayments().minPayments())),
                new Rules.HighRisk(hr.flag(true), hr.list("countries", d.highRisk().countries()),
                        hr.money("minAmount", d.highRisk().minAmount())),
                new Rules.Calibration(ca.flag(d.calibration().enabled()),
                        ca.hours("scaleHours", d.calibration().scaleHours(), true),
                        ca.hours("burstHours", d.calibration().burstHours(), false),
                        ca.positive("cutoff", d.calibration().cutoff()),
                        (int) ca.whole("minCounterparties", d.calibration().minCounterparties()),
                        (int) ca.whole("maxLength", d.calibration().maxLength())));
    }

    /** One typology's section; every read names the key in its error. */
    private record Section(String source, String name, Map<?, ?> values) {

        Section(String source, Map<?, ?> root, String name, String... allowed) {
            this(source, name, root.get(name) instanceof Map<?, ?> m ? m : Map.of());
            Object raw = root.get(name);
            if (raw != null && !(raw instanceof Map<?, ?>)) {
                throw new IllegalArgumentException(source + ": " + name + " must be a section of parameters");
            }
            for (Object key : values.keySet()) {
                if (!List.of(allowed).contains(String.valueOf(key))) {
                    throw new IllegalArgumentException(source + ": " + name + "." + key + " is not a parameter (known: "
                            + String.join(", ", allowed) + ")");
                }
            }
        }

        boolean flag(boolean fallback) {
            Object v = values.get("enabled");
            if (v == null) {
                return fallback;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            throw bad("enabled", "true or false");
        }

        long whole(String key, long fallback) {
            Object v = values.get(key);
            if (v == null) {
                return fallback;
            }
            if (v instanceof Integer || v instanceof Long) {
                long n = ((Number) v).longValue();
                if (n > 0) {
                    return n;
                }
            }
            throw bad(key, "a positive whole number");
        }

        double fraction(String key, double fallback) {
            Object v = values.get(key);
            if (v == null) {
                return fallback;
            }
            if (v instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1) {
                return n.doubleValue();
            }
            throw bad(key, "a fraction between 0 and 1");
        }

        long money(String key, long fallback) {
            Object v = values.get(key);
            if (v == null) {
                return fallback;
            }
            try {
                BigDecimal amount = new BigDecimal(String.valueOf(v));
                if (amount.signum() >= 0) {
                    return amount.movePointRight(2).longValueExact();
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // reported below
            }
            throw bad(key, "an amount such as 400000.00");
        }

        double positive(String key, double fallback) {
            Object v = values.get(key);
            if (v == null) {
                return fallback;
            }
            if (v instanceof Number n && n.doubleValue() > 0 && n.doubleValue() <= 100) {
                return n.doubleValue();
            }
            throw bad(key, "a positive number (at most 100)");
        }

        /** A list of window lengths in hours, 0 meaning the whole period; at least one, no duplicates. */
        List<Long> hours(String key, List<Long> fallback, boolean wholeAllowed) {
            Object v = values.get(key);
            if (v == null) {
                return fallback;
            }
            if (v instanceof List<?> items && !items.isEmpty()) {
                List<Long> out = new java.util.ArrayList<>();
                for (Object item : items) {
                    if (!(item instanceof Integer || item instanceof Long)
                            || ((Number) item).longValue() < (wholeAllowed ? 0 : 1)
                            || ((Number) item).longValue() > 100L * 366 * 24 || out.contains(((Number) item).longValue())) {
                        throw bad(key, wholeAllowed ? "a list of distinct window lengths in hours (0 = the whole period)"
                                : "a list of distinct positive window lengths in hours");
                    }
                    out.add(((Number) item).longValue());
                }
                return out;
            }
            throw bad(key, wholeAllowed ? "a list of distinct window lengths in hours (0 = the whole period)"
                    : "a list of distinct positive window lengths in hours");
        }

        String text(String key, String fallback) {
            Object v = values.get(key);
            return v == null ? fallback : String.valueOf(v);
        }

        Set<String> list(String key, Set<String> fallback) {
            Object v = values.get(key);
            if (v == null) {
                return fallback;
            }
            if (v instanceof List<?> items) {
                Set<String> out = new HashSet<>();
                for (Object item : items) {
                    String code = String.valueOf(item).trim().toUpperCase(java.util.Locale.ROOT);
                    if (!code.matches("[A-Z]{2}")) {
                        throw bad(key, "a list of two-letter country codes ('" + item + "' is not one)");
                    }
                    out.add(code);
                }
                return out;
            }
            throw bad(key, "a list of two-letter country codes");
        }

        private IllegalArgumentException bad(String key, String expected) {
            return new IllegalArgumentException(source + ": " + name + "." + key + " must be " + expected);
        }
    }
}
