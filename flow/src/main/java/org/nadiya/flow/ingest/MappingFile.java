package org.nadiya.flow.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads a {@link Mapping} from YAML or JSON (JSON is read as YAML). Every key is described in docs/flow.md. */
public final class MappingFile {

    private MappingFile() {
    }

    public static Mapping read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(root instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(file + ": a mapping must be an object");
            }
            return fromMap(file.getFileName().toString(), map);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new IllegalArgumentException(file + ": not valid YAML or JSON: " + e.getMessage().lines()
                    .findFirst().orElse(""));
        }
    }

    static Mapping fromMap(String source, Map<?, ?> map) {
        Object rawColumns = map.get("columns");
        if (!(rawColumns instanceof Map<?, ?> cols) || cols.isEmpty()) {
            throw new IllegalArgumentException(source + ": 'columns' must map column headers to fields");
        }
        Map<String, Field> columns = new LinkedHashMap<>();
        cols.forEach((header, field) -> {
            try {
                columns.put(String.valueOf(header).trim(), Field.parse(String.valueOf(field)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": columns." + header + ": " + e.getMessage());
            }
        });
        String delimiter = text(map, "delimiter", ",");
        if (delimiter.equals("\\t") || delimiter.equals("tab")) {
            delimiter = "\t";
        }
        if (delimiter.length() != 1) {
            throw new IllegalArgumentException(source + ": delimiter must be one character");
        }
        String encoding = text(map, "encoding", "UTF-8");
        Charset charset;
        try {
            charset = Charset.forName(encoding);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + ": encoding '" + encoding + "' is not known");
        }
        String decimal = text(map, "decimalComma", "false");
        ZoneId zone;
        try {
            zone = ZoneId.of(text(map, "zone", "Europe/Kyiv"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + ": zone '" + map.get("zone") + "' is not a time zone");
        }
        int preamble;
        try {
            preamble = Integer.parseInt(text(map, "preamble", "0"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": preamble must be a number of lines");
        }
        Set<String> debitMarks = marks(map, "debitMarks", Set.of("D", "DBIT", "DEBIT", "Д", "ДЕБЕТ"));
        Set<String> creditMarks = marks(map, "creditMarks", Set.of());
        Set<String> optional = marks(map, "optional", Set.of());
        for (String column : optional) {
            if (!columns.containsKey(column)) {
                throw new IllegalArgumentException(source + ": optional." + column + " is not one of the columns");
            }
        }
        char separator = switch (decimal.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> ',';
            case "false" -> '.';
            case "auto" -> Mapping.AUTO_DECIMAL;
            default -> throw new IllegalArgumentException(source + ": decimalComma must be true, false or auto");
        };
        return new Mapping(text(map, "name", source), columns, optional, delimiter.charAt(0), charset, preamble,
                text(map, "datePattern", null), zone, separator, text(map, "currency", "UAH"),
                text(map, "owner", null), debitMarks, creditMarks, text(map, "stopAt", null), List.of());
    }

    /** A list of texts (marks, column names); the fallback when the key is absent. */
    private static Set<String> marks(Map<?, ?> map, String key, Set<String> fallback) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(key + " must be a list");
        }
        return Set.copyOf(list.stream().map(v -> key.equals("optional") ? String.valueOf(v).trim()
                : String.valueOf(v).trim().toUpperCase(java.util.Locale.ROOT)).toList());
    }

    private static String text(Map<?, ?> map, String key, String fallback) {
        Object value = map.get(key);
        return value == null ? fallback : String.valueOf(value);
    }
}
