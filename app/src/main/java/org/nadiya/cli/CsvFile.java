package org.nadiya.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.nadiya.kernel.Csv;

/** A CSV file named by a command-line option, read with the application's one {@link Csv} reader. */
final class CsvFile implements AutoCloseable {

    private final String option;
    private final Csv csv;
    private int line;

    private CsvFile(String option, Csv csv) {
        this.option = option;
        this.csv = csv;
    }

    static CsvFile open(String option, Path file) {
        try {
            return new CsvFile(option, Csv.open(Files.newInputStream(file)));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(option + ": no such file: " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The next row's fields, or null at the end of the file; blank lines are skipped. */
    List<String> next() {
        try {
            var row = csv.next();
            if (row == null) {
                return null;
            }
            line = row.line();
            return row.cells();
        } catch (Csv.BadCsv e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }

    int line() {
        return line;
    }

    /** "--input: line 7: reason", for bad input that names where it is. */
    IllegalArgumentException error(String reason) {
        return new IllegalArgumentException(option + ": line " + line + ": " + reason);
    }

    /** One row, quoted and formula-defused by the rule of every export. */
    static void writeRow(BufferedWriter out, List<String> fields) throws IOException {
        out.write(Csv.line(fields));
        out.write('\n');
    }

    @Override
    public void close() {
        csv.close();
    }
}
