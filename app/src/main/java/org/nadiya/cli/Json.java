package org.nadiya.cli;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Minimal JSON for the commands' {@code --json} output: flat objects of strings, numbers and booleans. */
final class Json {

    private static final JsonMapper STRINGS = JsonMapper.builder().build();

    private Json() {
    }

    static String object(Map<String, ?> fields) {
        var out = new StringBuilder("{");
        fields.forEach((key, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(string(key)).append(':').append(value(value));
        });
        return out.append('}').toString();
    }

    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            var nested = (Map<String, ?>) map;
            return object(nested);
        }
        if (value instanceof Iterable<?> items) {
            var out = new StringBuilder("[");
            for (Object item : items) {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(value(item));
            }
            return out.append(']').toString();
        }
        return string(value.toString());
    }

    /** A JSON string literal; the escaping is Jackson's, the one the web API uses. */
    static String string(String text) {
        return STRINGS.writeValueAsString(text);
    }
}
