package org.nadiya.links;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/**
 * FollowTheMoney's published schema files (test data {@code standards/followthemoney/*.yaml}, FtM 3.8.4, MIT) and
 * the checks FtM applies to an entity: a known, non-abstract schema; only properties of the schema or its parents;
 * the schema's own required properties present; values of the property's type (entity references to an entity of
 * the export whose schema is the range or a descendant; countries, phones, e-mails, IBANs and dates in FtM's form;
 * identifiers never masked). Problems come back as readable lines.
 */
public final class FtmSchema {

    private record Schema(String name, List<String> parents, List<String> required, boolean abstractSchema,
                          Map<String, Map<String, Object>> properties) {
    }

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Map<String, Schema> schemata = new HashMap<>();

    @SuppressWarnings("unchecked")
    public static FtmSchema load() {
        FtmSchema model = new FtmSchema();
        try (Stream<Path> files = Files.list(Path.of(FtmSchema.class.getResource("/standards/followthemoney").toURI()))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Map<String, Map<String, Object>> doc = new Yaml().load(in);
                    doc.forEach((name, body) -> model.schemata.put(name, new Schema(name,
                            (List<String>) body.getOrDefault("extends", List.of()),
                            (List<String>) body.getOrDefault("required", List.of()),
                            Boolean.TRUE.equals(body.get("abstract")),
                            (Map<String, Map<String, Object>>) body.getOrDefault("properties", Map.of()))));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return model;
    }

    public int size() {
        return schemata.size();
    }

    /** The property's definition in the schema or its nearest parent, null when neither has it. */
    Map<String, Object> property(String schema, String property) {
        Schema s = schemata.get(schema);
        if (s == null) {
            return null;
        }
        if (s.properties().containsKey(property)) {
            Map<String, Object> own = s.properties().get(property);
            return own == null ? Map.of() : own;
        }
        for (String parent : s.parents()) {
            Map<String, Object> inherited = property(parent, property);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    boolean isA(String schema, String ancestor) {
        if (schema.equals(ancestor)) {
            return true;
        }
        Schema s = schemata.get(schema);
        return s != null && s.parents().stream().anyMatch(p -> isA(p, ancestor));
    }

    @SuppressWarnings("unchecked")
    public List<String> problems(List<Map<String, Object>> entities) {
        List<String> problems = new ArrayList<>();
        Map<String, String> schemaOf = new LinkedHashMap<>();
        entities.forEach(e -> schemaOf.put((String) e.get("id"), (String) e.get("schema")));
        if (schemaOf.size() != entities.size()) {
            problems.add("entity ids are not unique");
        }
        for (Map<String, Object> entity : entities) {
            String id = (String) entity.get("id");
            String name = (String) entity.get("schema");
            Schema schema = schemata.get(name);
            if (id == null || id.isBlank()) {
                problems.add("an entity without id");
            }
            if (schema == null || schema.abstractSchema()) {
                problems.add(id + ": " + name + " is not a concrete FtM schema");
                continue;
            }
            Map<String, List<Object>> properties = (Map<String, List<Object>>) entity.get("properties");
            for (String required : schema.required()) {
                if (properties.getOrDefault(required, List.of()).isEmpty()) {
                    problems.add(id + ": " + name + " requires " + required);
                }
            }
            properties.forEach((property, values) -> {
                Map<String, Object> definition = property(name, property);
                if (definition == null) {
                    problems.add(id + ": " + property + " is not a property of " + name);
                    return;
                }
                String type = (String) definition.getOrDefault("type", "string");
                for (Object value : values) {
                    String problem = value instanceof String text ? valueProblem(type, definition, text, schemaOf) : "not text";
                    if (problem != null) {
                        problems.add(id + ": " + property + " = " + value + ": " + problem);
                    }
                }
            });
        }
        return problems;
    }

    private String valueProblem(String type, Map<String, Object> definition, String value, Map<String, String> schemaOf) {
        return switch (type) {
            case "entity" -> {
                String target = schemaOf.get(value);
                String range = (String) definition.get("range");
                yield target == null ? "refers to no entity of the export"
                        : range != null && !isA(target, range) ? "refers to a " + target + ", not a " + range : null;
            }
            case "country" -> COUNTRIES.contains(value.toUpperCase(Locale.ROOT)) && value.equals(value.toLowerCase(Locale.ROOT))
                    ? null : "not a lower-case ISO 3166 code";
            case "phone" -> value.matches("\\+[1-9][0-9]{6,14}") ? null : "not an E.164 number";
            case "email" -> value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? null : "not an e-mail address";
            case "iban" -> value.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}") ? null : "not an IBAN";
            case "date" -> value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? null : "not an ISO date";
            case "identifier" -> value.contains("*") ? "a masked value is not an identifier"
                    : value.matches("[a-z]{2,10}:.*") ? "carries a prefix, not the raw identifier" : null;
            default -> null;
        };
    }
}
