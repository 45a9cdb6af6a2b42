package org.nadiya.cases.qualification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.nadiya.kernel.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads facts strictly: an unknown key, an unknown value or a wrong type is refused with the path of the
 * offending field ({@code facts[2].victims[0].offender_relation}), because a silently dropped fact could
 * lower a qualification. Absent keys mean empty, false or {@code none}; a victim's {@code age} may be
 * {@code null} (unknown).
 */
public final class FactsReader {

    /** More than this per request is a bulk job, not advice on a case. */
    public static final int MAX_BATCH = 1000;
    public static final int MAX_AGE = 120;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Facts read from one document: a single object, or an array whose order the answers keep. */
    public record Batch(List<Facts> facts, boolean array) {
        public Batch {
            facts = List.copyOf(facts);
        }
    }

    private FactsReader() {
    }

    public static Batch read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JacksonException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidInputException("facts", "error.cases.facts.json", where, e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidInputException("facts", "error.cases.facts.empty");
        }
        if (root.isArray()) {
            if (root.size() > MAX_BATCH) {
                throw new InvalidInputException("facts", "error.cases.facts.batch", MAX_BATCH, root.size());
            }
            List<Facts> all = new ArrayList<>(root.size());
            for (int i = 0; i < root.size(); i++) {
                all.add(read(root.get(i), "facts[" + i + "]"));
            }
            return new Batch(all, true);
        }
        if (!root.isObject()) {
            throw new InvalidInputException("facts", "error.cases.facts.shape");
        }
        return new Batch(List.of(read(root, "")), false);
    }

    /** Reads one facts object; {@code path} prefixes the field names in errors ("" at the top level). */
    public static Facts read(JsonNode node, String path) {
        object(node, path, "acts", "means", "violence", "purposes", "victims", "offender",
                "repeated", "group", "grave_consequences", "victim_consented");
        return new Facts(
                codes(node, path, "acts", Act.class),
                codes(node, path, "means", Means.class),
                code(node, path, "violence", Violence.class, Violence.NONE),
                codes(node, path, "purposes", Purpose.class),
                victims(node, path),
                offender(node.get("offender"), at(path, "offender")),
                bool(node, path, "repeated"),
                code(node, path, "group", GroupForm.class, GroupForm.NONE),
                bool(node, path, "grave_consequences"),
                bool(node, path, "victim_consented"));
    }

    private static List<Facts.Victim> victims(JsonNode node, String path) {
        JsonNode list = node.get("victims");
        String here = at(path, "victims");
        if (list == null) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new InvalidInputException(here, "error.cases.facts.victims");
        }
        List<Facts.Victim> victims = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String victimPath = here + "[" + i + "]";
            JsonNode victim = object(list.get(i), victimPath, "age", "offender_relation");
            victims.add(new Facts.Victim(age(victim.get("age"), at(victimPath, "age")),
                    code(victim, victimPath, "offender_relation", OffenderRelation.class, OffenderRelation.NONE)));
        }
        return victims;
    }

    private static Integer age(JsonNode value, String path) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0 || value.intValue() > MAX_AGE) {
            throw new InvalidInputException(path, "error.cases.facts.age", MAX_AGE);
        }
        return value.intValue();
    }

    private static Facts.Offender offender(JsonNode node, String path) {
        if (node == null) {
            return Facts.Offender.NONE;
        }
        object(node, path, "official_using_position", "category");
        return new Facts.Offender(bool(node, path, "official_using_position"),
                code(node, path, "category", OffenderCategory.class, OffenderCategory.NONE));
    }

    private static JsonNode object(JsonNode node, String path, String... keys) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(path.isEmpty() ? "facts" : path, "error.cases.facts.object");
        }
        Set<String> known = Set.of(keys);
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                throw new InvalidInputException(at(path, shown(key)), "error.cases.facts.unknownField");
            }
        }
        return node;
    }

    private static boolean bool(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new InvalidInputException(at(path, key), "error.cases.facts.boolean");
        }
        return value.booleanValue();
    }

    private static <E extends Enum<E> & Coded> E code(JsonNode node, String path, String key, Class<E> type, E absent) {
        JsonNode value = node.get(key);
        return value == null ? absent : parse(value, at(path, key), type);
    }

    private static <E extends Enum<E> & Coded> Set<E> codes(JsonNode node, String path, String key, Class<E> type) {
        JsonNode list = node.get(key);
        String here = at(path, key);
        Set<E> values = EnumSet.noneOf(type);
        if (list == null) {
            return values;
        }
        if (!list.isArray()) {
            throw new InvalidInputException(here, "error.cases.facts.strings", Coded.allowed(type));
        }
        for (int i = 0; i < list.size(); i++) {
            values.add(parse(list.get(i), here + "[" + i + "]", type));
        }
        return values;
    }

    private static <E extends Enum<E> & Coded> E parse(JsonNode value, String path, Class<E> type) {
        if (!value.isString()) {
            throw new InvalidInputException(path, "error.cases.facts.string", Coded.allowed(type));
        }
        E parsed = Coded.parse(type, value.stringValue());
        if (parsed == null) {
            throw new InvalidInputException(path, "error.cases.facts.value", shown(value.stringValue()), Coded.allowed(type));
        }
        return parsed;
    }

    private static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Echoes user input back only short and on one line. */
    private static String shown(String text) {
        String line = text.replaceAll("\\p{Cntrl}", "?");
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }
}
