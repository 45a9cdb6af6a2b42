package org.nadiya.links.internal;

import java.util.ArrayList;
import java.util.List;

import org.nadiya.links.NewIdentifier;
import org.nadiya.kernel.InvalidInputException;

/**
 * CSV lines {@code kind,value[,personId[,organisationId]]}, numbered as in the file: comma separated, double quotes around a value
 * that holds commas (an address), {@code ""} for a quote. Blank lines and a header line starting with "kind" are
 * skipped.
 */
final class CsvLines {

    record Line(int number, List<String> cells) {

        NewIdentifier toIdentifier() {
            if (cells.size() < 2 || cells.size() > 4) {
                throw new InvalidInputException("columns", "error.links.columns.count", cells.size());
            }
            return new NewIdentifier(cells.get(0).strip(), cells.get(1), id(2, "personId", "a person id"),
                    id(3, "organisationId", "an organisation id"));
        }

        private Long id(int column, String field, String what) {
            if (cells.size() <= column || cells.get(column).isBlank()) {
                return null;
            }
            try {
                return Long.valueOf(cells.get(column).strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(field, "error.links.cell.invalid", cells.get(column).strip(), what);
            }
        }
    }

    private CsvLines() {
    }

    static List<Line> parse(String text) {
        var lines = new ArrayList<Line>();
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (line.isBlank() || (lines.isEmpty() && line.strip().toLowerCase(java.util.Locale.ROOT).startsWith("kind"))) {
                continue;
            }
            lines.add(new Line(i + 1, cells(line, i + 1)));
        }
        return lines;
    }

    private static List<String> cells(String line, int number) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInputException("csv", "error.links.csv.quote", number);
        }
        cells.add(cell.toString());
        return cells;
    }
}
