package org.nadiya.cases.qualification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Art. 149 as data: the elements of part 1, the penalty of each part and the aggravating grounds of parts 2
 * and 3, read from {@code /qualification/art149.json}. Each element and ground names a {@link Condition};
 * a document naming an unknown condition, or naming one twice, is refused when loaded.
 */
public final class Art149Rules {

    public static final String RESOURCE = "/qualification/art149.json";

    /** An element of the part-1 offence; {@code id} is what {@code missing_elements} reports. */
    public record Element(String id, Condition condition, String uk, String en) {
    }

    /** An aggravating circumstance; {@code id} is what {@code grounds} reports. */
    public record Ground(String id, int part, Condition condition, String uk, String en) {
    }

    private static final Set<String> ELEMENT_IDS = Set.of("act", "means", "purpose");

    private final String article;
    private final List<Element> elements;
    private final List<Penalty> penalties;
    private final List<Ground> grounds;

    private Art149Rules(String article, List<Element> elements, List<Penalty> penalties, List<Ground> grounds) {
        this.article = article;
        this.elements = List.copyOf(elements);
        this.penalties = List.copyOf(penalties);
        this.grounds = List.copyOf(grounds);
    }

    /** The rules shipped with the application, read once. */
    public static Art149Rules standard() {
        return Standard.RULES;
    }

    private static final class Standard {
        static final Art149Rules RULES = load();

        private static Art149Rules load() {
            try (InputStream in = Art149Rules.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public String article() {
        return article;
    }

    public List<Element> elements() {
        return elements;
    }

    public List<Ground> grounds() {
        return grounds;
    }

    /** Parts are numbered from 1. */
    public Penalty penalty(int part) {
        return penalties.get(part - 1);
    }

    public int parts() {
        return penalties.size();
    }

    /** Reads a rules document; throws {@link IllegalStateException} naming the path of what is wrong. */
    public static Art149Rules parse(String json) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(json);
        } catch (JacksonException e) {
            throw new IllegalStateException("rules: not valid JSON: " + e.getOriginalMessage(), e);
        }
        keys(root, "rules", "article", "source", "elements", "parts", "grounds");
        Set<Condition> used = EnumSet.noneOf(Condition.class);

        List<Element> elements = new ArrayList<>();
        Set<String> elementIds = new HashSet<>();
        JsonNode elementNodes = array(root, "elements");
        for (int i = 0; i < elementNodes.size(); i++) {
            String path = "elements[" + i + "]";
            JsonNode node = keys(elementNodes.get(i), path, "id", "condition", "uk", "en");
            String id = text(node, path, "id");
            if (!ELEMENT_IDS.contains(id) || !elementIds.add(id)) {
                throw new IllegalStateException(path + ".id: '" + id + "' is not one of act, means, purpose, or repeats");
            }
            elements.add(new Element(id, condition(node, path, used), text(node, path, "uk"), text(node, path, "en")));
        }
        if (!elementIds.equals(ELEMENT_IDS)) {
            throw new IllegalStateException("elements: need act, means and purpose, found " + elementIds);
        }

        var byPart = new TreeMap<Integer, Penalty>();
        JsonNode partNodes = array(root, "parts");
        for (int i = 0; i < partNodes.size(); i++) {
            String path = "parts[" + i + "]";
            JsonNode node = keys(partNodes.get(i), path, "part", "min_years", "max_years");
            byPart.put(integer(node, path, "part"), new Penalty(integer(node, path, "min_years"),
                    integer(node, path, "max_years")));
        }
        if (byPart.isEmpty() || byPart.firstKey() != 1 || byPart.lastKey() != byPart.size()) {
            throw new IllegalStateException("parts: need parts numbered 1.." + byPart.size() + ", found " + byPart.keySet());
        }

        List<Ground> grounds = new ArrayList<>();
        Set<String> groundIds = new HashSet<>();
        JsonNode groundNodes = array(root, "grounds");
        for (int i = 0; i < groundNodes.size(); i++) {
            String path = "grounds[" + i + "]";
            JsonNode node = keys(groundNodes.get(i), path, "id", "part", "condition", "uk", "en");
            String id = text(node, path, "id");
            if (!groundIds.add(id)) {
                throw new IllegalStateException(path + ".id: ground '" + id + "' is declared twice");
            }
            int part = integer(node, path, "part");
            if (part < 2 || part > byPart.lastKey()) {
                throw new IllegalStateException(path + ".part: " + part + " is not an aggravated part (2.." + byPart.lastKey() + ")");
            }
            grounds.add(new Ground(id, part, condition(node, path, used), text(node, path, "uk"), text(node, path, "en")));
        }
        return new Art149Rules(text(root, "rules", "article"), elements, new ArrayList<>(byPart.values()),
                Collections.unmodifiableList(grounds));
    }

    private static Condition condition(JsonNode node, String path, Set<Condition> used) {
        String name = text(node, path, "condition");
        Condition condition = Condition.byDataName(name);
        if (condition == null) {
            throw new IllegalStateException(path + ".condition: unknown predicate '" + name + "'");
        }
        if (!used.add(condition)) {
            throw new IllegalStateException(path + ".condition: predicate '" + name + "' is already used");
        }
        return condition;
    }

    private static JsonNode keys(JsonNode node, String path, String... allowed) {
        if (node == null || !node.isObject()) {
            throw new IllegalStateException(path + ": expected an object");
        }
        Set<String> known = Set.of(allowed);
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                throw new IllegalStateException(path + "." + key + ": unknown field");
            }
        }
        return node;
    }

    private static JsonNode array(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isArray()) {
            throw new IllegalStateException(key + ": expected an array");
        }
        return value;
    }

    private static String text(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw new IllegalStateException(path + "." + key + ": expected a non-empty string");
        }
        return value.stringValue();
    }

    private static int integer(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isInt()) {
            throw new IllegalStateException(path + "." + key + ": expected an integer");
        }
        return value.intValue();
    }
}
