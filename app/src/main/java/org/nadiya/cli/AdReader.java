package org.nadiya.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nadiya.screen.Ad;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ads from JSONL (one object a line) or CSV (header naming the same fields). A bad line becomes a
 * {@link BadLine} naming its number, so the caller decides to stop or to skip it.
 */
final class AdReader implements AutoCloseable {

    static final Set<String> FIELDS = Set.of("id", "text", "title", "company", "location", "salary", "contacts", "url");
    /**
     * The longest ad screened, counting every field, as in the application's workspace: real ads are a few thousand
     * characters, and one of 16 MB took minutes and more than a gigabyte (issue 15).
     */
    static final int MAX_AD_CHARS = 20_000;

    /** One line that is not an ad, with the reason. */
    static final class BadLine extends IllegalArgumentException {
        BadLine(int line, String reason) {
            super("--input: line " + line + ": " + reason);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final boolean csv;
    private final BufferedReader jsonl;
    private final CsvFile table;
    private List<String> header;
    private int line;

    private AdReader(boolean csv, BufferedReader jsonl, CsvFile table) {
        this.csv = csv;
        this.jsonl = jsonl;
        this.table = table;
    }

    static AdReader open(Path file, String format) {
        boolean csv = format.equals("csv") || (format.equals("auto") && file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"));
        if (csv) {
            return new AdReader(true, null, CsvFile.open("--input", file));
        }
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new AdReader(false, new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder)), null);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--input: no such file: " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("--input: cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The next ad, null at the end; throws {@link BadLine} for a line that is not one (reading can go on). */
    Ad next() {
        return csv ? nextCsv() : nextJson();
    }

    int line() {
        return csv ? table.line() : line;
    }

    private Ad nextJson() {
        String text;
        try {
            do {
                text = jsonl.readLine();
                line++;
                if (text == null) {
                    return null;
                }
            } while (text.isBlank());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("--input: line " + line + " is not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException("--input: cannot read line " + line + ": " + e.getMessage());
        }
        if (line == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new BadLine(line, "not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadLine(line, "not a JSON object");
        }
        Map<String, String> fields = new HashMap<>();
        for (String name : FIELDS) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                if (!value.isValueNode()) {
                    throw new BadLine(line, name + ": a string is required");
                }
                fields.put(name, value.asString());
            }
        }
        return ad(fields, line);
    }

    private Ad nextCsv() {
        if (header == null) {
            header = table.next();
            if (header == null || !header.contains("id") || !header.contains("text")) {
                throw new IllegalArgumentException("--input: the header (line 1) must name the columns id and text");
            }
            for (String column : header) {
                if (!FIELDS.contains(column)) {
                    throw new IllegalArgumentException("--input: line 1: unknown column '" + column + "'; allowed: "
                            + String.join(", ", new java.util.TreeSet<>(FIELDS)));
                }
            }
        }
        List<String> row;
        try {
            row = table.next();
        } catch (IllegalArgumentException e) {
            throw new BadLine(table.line(), e.getMessage().replaceFirst("^--input: line \\d+: ", ""));
        }
        if (row == null) {
            return null;
        }
        if (row.size() != header.size()) {
            throw new BadLine(table.line(), "has " + row.size() + " fields, the header has " + header.size());
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            fields.put(header.get(i), row.get(i));
        }
        return ad(fields, table.line());
    }

    private static Ad ad(Map<String, String> f, int line) {
        String id = f.get("id");
        if (id == null || id.isBlank()) {
            throw new BadLine(line, "id: required");
        }
        String text = f.get("text");
        if (text == null || text.isBlank()) {
            throw new BadLine(line, "text: required");
        }
        long length = f.values().stream().filter(java.util.Objects::nonNull).mapToLong(String::length).sum();
        if (length > MAX_AD_CHARS) {
            throw new BadLine(line, "the ad is " + length + " characters long; at most " + MAX_AD_CHARS
                    + " are screened (shorten it, or split it into the ads it holds)");
        }
        return new Ad(id, text, f.get("title"), f.get("company"), f.get("location"), f.get("salary"), f.get("contacts"), f.get("url"));
    }

    @Override
    public void close() throws IOException {
        if (csv) {
            table.close();
        } else {
            jsonl.close();
        }
    }
}
