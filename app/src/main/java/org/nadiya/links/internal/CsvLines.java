package org.nadiya.links.internal;

import java.util.ArrayList;
import java.util.List;

import org.nadiya.links.NewIdentifier;
import org.nadiya.kernel.Csv;
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

    /** Through the application's one CSV reader; a quoted value may hold commas and line breaks. */
    static List<Line> parse(String text) {
        var lines = new ArrayList<Line>();
        try {
            for (var row : Csv.read(text)) {
                if (lines.isEmpty() && row.cell(0).strip().toLowerCase(java.util.Locale.ROOT).startsWith("kind")) {
                    continue;
                }
                lines.add(new Line(row.line(), row.cells()));
            }
        } catch (Csv.BadCsv e) {
            throw new InvalidInputException("csv", "error.links.csv.quote", e.line());
        }
        return lines;
    }
}
