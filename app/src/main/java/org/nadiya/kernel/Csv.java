package org.nadiya.kernel;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one way the application and the command line read and write CSV (RFC 4180, on commons-csv): UTF-8 read
 * strictly, a byte-order mark dropped, blank lines skipped, quoted fields with doubled quotes, line breaks and
 * commas, each row numbered by the line it starts on. Written rows follow {@link SpreadsheetText}'s formula rule.
 * Bad CSV is a {@link BadCsv} naming the line; each caller words it for its users.
 */
public final class Csv implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** One row: the line it starts on (1-based) and its cells as written. */
    public record Row(int line, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /** CSV that cannot be read: where, and why (in English, for logs and the command line). */
    public static final class BadCsv extends IllegalArgumentException {
        private final int line;
        private final boolean notUtf8;

        BadCsv(int line, boolean notUtf8, String reason) {
            super("line " + line + ": " + reason);
            this.line = line;
            this.notUtf8 = notUtf8;
        }

        public int line() {
            return line;
        }

        /** The bytes are not UTF-8 text (else: a quoted field is not closed). */
        public boolean notUtf8() {
            return notUtf8;
        }
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long linesBefore;

    private Csv(Reader reader, char delimiter) {
        try {
            var format = delimiter == ',' ? FORMAT : FORMAT.builder().setDelimiter(delimiter).get();
            this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.records = parser.iterator();
    }

    /** UTF-8 bytes, read strictly as they come (for large files). */
    public static Csv open(InputStream in) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new Csv(new WithoutBom(new InputStreamReader(in, decoder)), ',');
    }

    public static Csv of(String text) {
        return new Csv(new WithoutBom(new StringReader(text)), ',');
    }

    /** Every row of UTF-8 bytes. */
    public static List<Row> read(byte[] bytes) {
        try (var csv = open(new ByteArrayInputStream(bytes))) {
            return csv.rows();
        }
    }

    /** Every row of a text. */
    public static List<Row> read(String text) {
        return read(text, ',');
    }

    /** Every row of a text whose fields are separated by {@code delimiter} (spreadsheets in Ukrainian write {@code ;}). */
    public static List<Row> read(String text, char delimiter) {
        try (var csv = new Csv(new WithoutBom(new StringReader(text)), delimiter)) {
            return csv.rows();
        }
    }

    private List<Row> rows() {
        var rows = new ArrayList<Row>();
        for (Row row = next(); row != null; row = next()) {
            rows.add(row);
        }
        return rows;
    }

    /** The next row that is not blank, or null at the end. */
    public Row next() {
        while (true) {
            int line = (int) linesBefore + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                boolean coding = e.getCause() instanceof CharacterCodingException
                        || (e.getCause() != null && e.getCause().getCause() instanceof CharacterCodingException);
                throw new BadCsv(line, coding, coding ? "not UTF-8 text" : "a quoted field is not closed");
            }
            linesBefore = parser.getCurrentLineNumber();
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            return new Row(line, record.toList());
        }
    }

    /** One CSV line (no line end): each field formula-defused and quoted where RFC 4180 needs it. */
    public static String line(List<String> fields) {
        return SpreadsheetText.csvLine(fields);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops a leading byte-order mark (spreadsheets write one). */
    private static final class WithoutBom extends Reader {
        private final Reader in;
        private boolean first = true;

        WithoutBom(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (first && n > 0) {
                first = false;
                if (buffer[offset] == '\uFEFF') {
                    System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                    return n - 1 == 0 ? read(buffer, offset, length) : n - 1;
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
