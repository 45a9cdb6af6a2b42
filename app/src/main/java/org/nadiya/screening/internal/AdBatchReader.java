package org.nadiya.screening.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.nadiya.screen.Ad;
import org.nadiya.kernel.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An uploaded batch in the command line's input format ({@code ./nadiya screen ads}, docs/screen.md): JSONL, one
 * object a line with at least {@code id} and {@code text} (optional {@code title company location salary contacts
 * url}, other keys ignored), or CSV with a header naming those columns (another column is refused; a field may not
 * span lines). Bad lines are collected with their numbers; the caller refuses the batch or skips them.
 */
final class AdBatchReader {

    static final Set<String> FIELDS = Set.of("id", "text", "title", "company", "location", "salary", "contacts", "url");
    static final int MAX_ID = 200;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One ad with its line number in the file. */
    record Line(int number, Ad ad) {
    }

    record Result(List<Line> ads, List<String> bad) {
    }

    private AdBatchReader() {
    }

    static boolean isCsv(String format, String fileName) {
        return "csv".equals(format) || (!"jsonl".equals(format) && fileName != null
                && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".csv"));
    }

    static Result read(byte[] bytes, boolean csv, int maxAds, int maxText) {
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "error.screening.file.notUtf8");
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String[] lines = content.split("\r?\n", -1);
        List<Line> ads = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        List<String> header = null;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String text = lines[i];
            if (text.isBlank()) {
                continue;
            }
            try {
                Map<String, String> fields;
                if (csv) {
                    if (header == null) {
                        header = header(split(text, number), number);
                        continue;
                    }
                    List<String> row = split(text, number);
                    if (row.size() != header.size()) {
                        throw new BadLine(number, "has " + row.size() + " fields, the header has " + header.size());
                    }
                    fields = new HashMap<>();
                    for (int c = 0; c < header.size(); c++) {
                        fields.put(header.get(c), row.get(c));
                    }
                } else {
                    fields = json(text, number);
                }
                ads.add(new Line(number, ad(fields, number, maxText)));
                if (ads.size() > maxAds) {
                    throw new InvalidInputException("file", "error.screening.file.tooMany", maxAds);
                }
            } catch (BadLine e) {
                bad.add(e.getMessage());
            }
        }
        if (csv && header == null) {
            throw new InvalidInputException("file", "error.screening.file.noHeader");
        }
        if (ads.isEmpty() && bad.isEmpty()) {
            throw new InvalidInputException("file", "error.screening.file.noAds");
        }
        return new Result(ads, bad);
    }

    private static List<String> header(List<String> columns, int number) {
        if (!columns.contains("id") || !columns.contains("text")) {
            throw new InvalidInputException("file", "error.screening.file.header", number);
        }
        for (String column : columns) {
            if (!FIELDS.contains(column)) {
                throw new InvalidInputException("file", "error.screening.file.column", number, column, String.join(", ", new TreeSet<>(FIELDS)));
            }
        }
        return columns;
    }

    private static Map<String, String> json(String text, int number) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new BadLine(number, "not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadLine(number, "not a JSON object");
        }
        Map<String, String> fields = new HashMap<>();
        for (String name : FIELDS) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                if (!value.isValueNode()) {
                    throw new BadLine(number, name + ": a string is required");
                }
                fields.put(name, value.asString());
            }
        }
        return fields;
    }

    private static Ad ad(Map<String, String> f, int number, int maxText) {
        String id = f.get("id");
        if (id == null || id.isBlank()) {
            throw new BadLine(number, "id: required");
        }
        if (id.length() > MAX_ID) {
            throw new BadLine(number, "id: at most " + MAX_ID + " characters");
        }
        String text = f.get("text");
        if (text == null || text.isBlank()) {
            throw new BadLine(number, "text: required");
        }
        if (text.length() > maxText) {
            throw new BadLine(number, "text: at most " + maxText + " characters, got " + text.length());
        }
        for (String name : FIELDS) {
            String v = f.get(name);
            if (!name.equals("text") && !name.equals("id") && v != null && v.length() > ScreeningPageController.MAX_FIELD) {
                throw new BadLine(number, name + ": at most " + ScreeningPageController.MAX_FIELD + " characters");
            }
        }
        return new Ad(id, text, blank(f.get("title")), blank(f.get("company")), blank(f.get("location")),
                blank(f.get("salary")), blank(f.get("contacts")), blank(f.get("url")));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** RFC 4180 on one line: quoted fields, doubled quotes; as the command line reads CSV. */
    static List<String> split(String text, int number) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new BadLine(number, "a quoted field is not closed (a field may not span lines; use JSONL)");
        }
        fields.add(field.toString());
        return fields;
    }

    /** A line that is not an ad, named by its number. */
    static final class BadLine extends IllegalArgumentException {
        BadLine(int line, String reason) {
            super("line " + line + ": " + reason);
        }
    }
}
