package org.nadiya.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.nadiya.security.SpreadsheetText;

/** RFC 4180 CSV one line at a time (quoted fields, doubled quotes; a field may not span lines), UTF-8 strict. */
final class CsvFile implements AutoCloseable {

    private final String option;
    private final BufferedReader reader;
    private int line;

    private CsvFile(String option, BufferedReader reader) {
        this.option = option;
        this.reader = reader;
    }

    static CsvFile open(String option, Path file) {
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new CsvFile(option, new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder)));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(option + ": no such file: " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The next row's fields, or null at the end of the file; blank lines are skipped. */
    List<String> next() {
        try {
            String text;
            do {
                text = reader.readLine();
                line++;
                if (text == null) {
                    return null;
                }
            } while (text.isBlank());
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return split(text);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(option + ": line " + (line + 1) + " is not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": cannot read line " + (line + 1) + ": " + e.getMessage());
        }
    }

    int line() {
        return line;
    }

    /** "--input: line 7: reason", for bad input that names where it is. */
    IllegalArgumentException error(String reason) {
        return new IllegalArgumentException(option + ": line " + line + ": " + reason);
    }

    private List<String> split(String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
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
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw error("a quoted field is not closed on its line");
        }
        fields.add(field.toString());
        return fields;
    }

    /** One row, quoted and formula-defused by the rule of every export ({@link SpreadsheetText}). */
    static void writeRow(BufferedWriter out, List<String> fields) throws IOException {
        out.write(SpreadsheetText.csvLine(fields));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
