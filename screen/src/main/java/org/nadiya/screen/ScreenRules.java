package org.nadiya.screen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The rules analysts tune (docs/screen.md): version, level thresholds, salary limits and exchange rates, and the
 * indicators with their weights and uk/ru/en terms. A bad file is refused whole, naming the field.
 */
public record ScreenRules(String version, double mediumFrom, double highFrom, Salary salary, Computed mixedScript,
        Computed noEmployer, List<IndicatorRule> indicators) {

    /** Salary above these monthly limits (euro) is "far above the market" for the unskilled jobs ads offer. */
    public record Salary(String code, double weight, double domesticHighEur, double abroadHighEur,
            Map<String, Double> eurPerUnit, Map<String, Double> periodsPerMonth, List<String> abroadCodes) {
    }

    /** An indicator the engine computes rather than matches (mixed scripts, no employer named). */
    public record Computed(String code, double weight) {
    }

    public static ScreenRules defaults() {
        try (InputStream in = ScreenRules.class.getResourceAsStream("rules.yaml")) {
            return parse(in, "rules.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ScreenRules load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("rules: cannot read " + file + ": " + e.getMessage());
        }
    }

    static ScreenRules parse(InputStream in, String name) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("rules: " + name + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Map<String, Object> top = map(root, "rules");
        Map<String, Object> levels = map(top.get("levels"), "levels");
        double medium = number(levels, "levels", "medium");
        double high = number(levels, "levels", "high");
        if (!(0 < medium && medium < high && high <= 1)) {
            throw new IllegalArgumentException("rules: levels: need 0 < medium < high <= 1, got " + medium + " and " + high);
        }
        Map<String, Object> s = map(top.get("salary"), "salary");
        var salary = new Salary(text(s, "salary", "code"), weight(s, "salary"), number(s, "salary", "domesticHighEur"),
                number(s, "salary", "abroadHighEur"), numbers(s.get("eurPerUnit"), "salary.eurPerUnit"),
                numbers(s.get("periodsPerMonth"), "salary.periodsPerMonth"), strings(s.get("abroadCodes"), "salary.abroadCodes"));
        List<IndicatorRule> indicators = new ArrayList<>();
        Object list = top.get("indicators");
        if (!(list instanceof List<?> items) || items.isEmpty()) {
            throw new IllegalArgumentException("rules: indicators: a non-empty list is required");
        }
        for (Object item : items) {
            Map<String, Object> rule = map(item, "indicators[]");
            String code = text(rule, "indicators[]", "code");
            String where = "indicators." + code;
            if (indicators.stream().anyMatch(r -> r.code().equals(code))) {
                throw new IllegalArgumentException("rules: " + where + ": the code is used twice");
            }
            Map<String, Object> byLanguage = map(rule.get("terms"), where + ".terms");
            List<String> terms = new ArrayList<>();
            for (String language : List.of("uk", "ru", "en")) {
                terms.addAll(strings(byLanguage.getOrDefault(language, List.of()), where + ".terms." + language));
            }
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("rules: " + where + ".terms: at least one term is required");
            }
            try {
                indicators.add(IndicatorRule.compile(code, weight(rule, where), text(rule, where, "description"),
                        text(rule, where, "source"), terms));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("rules: " + where + ".terms: not a valid pattern: " + e.getDescription()
                        + " near '" + e.getPattern().substring(Math.max(0, e.getIndex() - 15), Math.max(0, e.getIndex())) + "'");
            }
        }
        return new ScreenRules(text(top, "rules", "version"), medium, high, salary,
                computed(top, "mixedScript"), computed(top, "noEmployer"), List.copyOf(indicators));
    }

    private static Computed computed(Map<String, Object> top, String key) {
        Map<String, Object> m = map(top.get(key), key);
        return new Computed(text(m, key, "code"), weight(m, key));
    }

    private static double weight(Map<String, Object> m, String where) {
        double w = number(m, where, "weight");
        if (w <= -1 || w >= 1) {
            throw new IllegalArgumentException("rules: " + where + ".weight: must be in (-1, 1), got " + w);
        }
        return w;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("rules: " + where + ": a mapping is required");
        }
        return (Map<String, Object>) value;
    }

    private static String text(Map<String, Object> m, String where, String key) {
        Object v = m.get(key);
        if (v == null || v.toString().isBlank()) {
            throw new IllegalArgumentException("rules: " + where + "." + key + ": required");
        }
        return v.toString();
    }

    private static double number(Map<String, Object> m, String where, String key) {
        if (!(m.get(key) instanceof Number n)) {
            throw new IllegalArgumentException("rules: " + where + "." + key + ": a number is required");
        }
        return n.doubleValue();
    }

    private static Map<String, Double> numbers(Object value, String where) {
        Map<String, Double> out = new LinkedHashMap<>();
        map(value, where).forEach((k, v) -> out.put(k, number(Map.of(k, v == null ? "" : v), where, k)));
        return Map.copyOf(out);
    }

    private static List<String> strings(Object value, String where) {
        if (!(value instanceof List<?> items)) {
            throw new IllegalArgumentException("rules: " + where + ": a list is required");
        }
        return items.stream().map(Object::toString).toList();
    }
}
