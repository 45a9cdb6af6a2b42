package org.nadiya.identification.indicators;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and validates the catalogue YAML. Every mistake is a {@link CatalogueException} naming where it is, so a
 * wrong edit stops the application at start instead of scoring with half a catalogue.
 */
public final class CatalogueReader {

    private static final String ID = "[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)?";

    private CatalogueReader() {
    }

    public static Catalogue read(InputStream in) {
        Object root;
        try {
            // SafeConstructor: plain maps, lists and scalars only; no types named by the file.
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (YAMLException e) {
            throw new CatalogueException("not valid YAML: " + e.getMessage());
        }
        Map<String, Object> doc = map(root, "(root)");
        String version = text(doc, "version", "(root)");
        Map<String, Source> sources = sources(map(doc.get("sources"), "sources"));
        List<IndicatorGroup> groups = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Object> groupList = list(doc.get("groups"), "groups");
        for (int g = 0; g < groupList.size(); g++) {
            groups.add(group(map(groupList.get(g), "groups[" + g + "]"), "groups[" + g + "]", sources, ids));
        }
        if (groups.isEmpty()) {
            throw new CatalogueException("groups: at least one group is needed");
        }
        Set<String> groupIds = new HashSet<>();
        for (var group : groups) {
            if (!groupIds.add(group.id())) {
                throw new CatalogueException("groups: duplicate group id '" + group.id() + "'");
            }
        }
        List<NextStep> steps = new ArrayList<>();
        List<Object> stepList = list(doc.get("steps"), "steps");
        Set<String> stepIds = new HashSet<>();
        for (int s = 0; s < stepList.size(); s++) {
            String at = "steps[" + s + "]";
            var step = step(map(stepList.get(s), at), at, groupIds, ids);
            if (!stepIds.add(step.id())) {
                throw new CatalogueException(at + ".id: duplicate step id '" + step.id() + "'");
            }
            steps.add(step);
        }
        return new Catalogue(version, List.copyOf(sources.values()), groups, steps);
    }

    private static Map<String, Source> sources(Map<String, Object> raw) {
        Map<String, Source> sources = new LinkedHashMap<>();
        raw.forEach((id, value) -> {
            var m = map(value, "sources." + id);
            sources.put(id, new Source(id, text(m, "title", "sources." + id), optional(m, "url", "sources." + id)));
        });
        if (sources.isEmpty()) {
            throw new CatalogueException("sources: at least one source is needed");
        }
        return sources;
    }

    private static IndicatorGroup group(Map<String, Object> m, String at, Map<String, Source> sources, Set<String> ids) {
        String id = id(m, at);
        List<Indicator> indicators = new ArrayList<>();
        List<Object> raw = list(m.get("indicators"), at + ".indicators");
        for (int i = 0; i < raw.size(); i++) {
            String here = at + ".indicators[" + i + "]";
            var im = map(raw.get(i), here);
            String indicatorId = id(im, here);
            if (!indicatorId.startsWith(id + ".")) {
                throw new CatalogueException(here + ".id: '" + indicatorId + "' must start with the group id '" + id + ".'");
            }
            if (!ids.add(indicatorId)) {
                throw new CatalogueException(here + ".id: duplicate indicator id '" + indicatorId + "'");
            }
            String sourceId = text(im, "source", here);
            Source source = sources.get(sourceId);
            if (source == null) {
                throw new CatalogueException(here + ".source: unknown source '" + sourceId + "'; declared: " + sources.keySet());
            }
            Weight weight;
            try {
                weight = Weight.valueOf(text(im, "weight", here).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CatalogueException(here + ".weight: use strong or medium");
            }
            Object verify = im.getOrDefault("verify", Boolean.FALSE);
            if (!(verify instanceof Boolean)) {
                throw new CatalogueException(here + ".verify: use true or false");
            }
            indicators.add(new Indicator(indicatorId, id, weight, texts(im, here), source, (Boolean) verify));
        }
        if (indicators.isEmpty()) {
            throw new CatalogueException(at + ".indicators: a group needs at least one indicator");
        }
        return new IndicatorGroup(id, texts(m, at), indicators);
    }

    private static NextStep step(Map<String, Object> m, String at, Set<String> groupIds, Set<String> indicatorIds) {
        String id = id(m, at);
        List<String> when = new ArrayList<>();
        for (Object condition : list(m.get("when"), at + ".when")) {
            String c = String.valueOf(condition);
            boolean known = switch (c.contains(":") ? c.substring(0, c.indexOf(':')) : c) {
                case "always", "child", "unknowns" -> !c.contains(":");
                case "signal" -> List.of("signal:STRONG", "signal:MEDIUM", "signal:WEAK").contains(c);
                case "group" -> groupIds.contains(c.substring(6));
                case "indicator" -> indicatorIds.contains(c.substring(10));
                default -> false;
            };
            if (!known) {
                throw new CatalogueException(at + ".when: unknown condition '" + c + "'");
            }
            when.add(c);
        }
        if (when.isEmpty()) {
            throw new CatalogueException(at + ".when: name at least one condition");
        }
        return new NextStep(id, when, texts(m, at));
    }

    private static String id(Map<String, Object> m, String at) {
        String id = text(m, "id", at);
        if (!id.matches(ID)) {
            throw new CatalogueException(at + ".id: '" + id + "' must be lower-case words with dashes, e.g. ilo.debt");
        }
        return id;
    }

    private static Text texts(Map<String, Object> m, String at) {
        return new Text(text(m, "uk", at), text(m, "en", at));
    }

    private static String text(Map<String, Object> m, String key, String at) {
        String value = optional(m, key, at);
        if (value == null) {
            throw new CatalogueException(at + "." + key + ": missing");
        }
        return value;
    }

    private static String optional(Map<String, Object> m, String key, String at) {
        Object value = m.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s) || s.isBlank()) {
            throw new CatalogueException(at + "." + key + ": must be non-empty text");
        }
        return s.trim();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String at) {
        if (!(value instanceof Map)) {
            throw new CatalogueException(at + ": expected a mapping");
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String at) {
        if (!(value instanceof List)) {
            throw new CatalogueException(at + ": expected a list");
        }
        return (List<Object>) value;
    }
}
