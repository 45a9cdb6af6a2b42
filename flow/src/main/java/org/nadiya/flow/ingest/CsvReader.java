package org.nadiya.flow.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Streaming RFC 4180 reader: quoted fields may hold delimiters, doubled quotes and line breaks. Holds one
 * buffer and one row, so memory does not grow with the file.
 */
public final class CsvReader implements AutoCloseable {

    /** The input ended inside a quoted field that began on {@code line}. */
    public static final class UnclosedQuoteException extends IllegalArgumentException {
        private final long line;

        UnclosedQuoteException(long line) {
            super("line " + line + ": a quoted field is not closed");
            this.line = line;
        }

        public long line() {
            return line;
        }
    }


    private final Reader in;
    private final char delimiter;
    private final char[] buffer;
    private int position;
    private int limit;
    private String[] fields = new String[16];
    private int count;
    private final StringBuilder field = new StringBuilder(64);
    private long line = 1;
    private long rowLine;
    private long rows;

    public CsvReader(Reader in, char delimiter) {
        this(in, delimiter, 1 << 16);
    }

    /** With a smaller buffer for splitting one short row (the canonical fast path's fallback). */
    CsvReader(Reader in, char delimiter, int bufferSize) {
        this.in = in;
        this.delimiter = delimiter;
        this.buffer = new char[Math.max(16, bufferSize)];
    }

    /** Reads the next row; null at the end of the input. Blank lines are skipped. */
    public String[] next() throws IOException {
        while (true) {
            if (!fill()) {
                return null;
            }
            rowLine = line;
            count = 0;
            boolean any = readRow();
            if (any) {
                rows++;
                return Arrays.copyOf(fields, count);
            }
        }
    }

    /** The physical line where the last row started (1-based). */
    public long line() {
        return rowLine;
    }

    public long rows() {
        return rows;
    }

    private boolean readRow() throws IOException {
        boolean nonEmpty = false;
        while (true) {
            field.setLength(0);
            boolean quoted = false;
            if (fill() && buffer[position] == '"') {
                quoted = true;
                position++;
                readQuoted();
            }
            String value = null;
            while (fill()) {
                int start = position;
                while (position < limit) {
                    char c = buffer[position];
                    if (c == delimiter || c == '\n' || c == '\r') {
                        break;
                    }
                    position++;
                }
                if (position < limit) {
                    // The field ends inside the buffer: take it from there without copying char by char.
                    value = field.length() == 0 ? new String(buffer, start, position - start)
                            : field.append(buffer, start, position - start).toString();
                    break;
                }
                field.append(buffer, start, position - start);
            }
            if (value == null) {
                value = field.toString();
            }
            nonEmpty |= quoted || !value.isEmpty();
            add(value);
            if (!fill()) {
                return nonEmpty || count > 1;
            }
            char c = buffer[position++];
            if (c == delimiter) {
                continue;
            }
            if (c == '\r' && fill() && buffer[position] == '\n') {
                position++;
            }
            line++;
            return nonEmpty || count > 1;
        }
    }

    private void readQuoted() throws IOException {
        while (true) {
            if (!fill()) {
                throw new UnclosedQuoteException(rowLine);
            }
            char c = buffer[position++];
            if (c == '"') {
                if (fill() && buffer[position] == '"') {
                    field.append('"');
                    position++;
                    continue;
                }
                return;
            }
            if (c == '\n') {
                line++;
            }
            field.append(c);
        }
    }

    private void add(String value) {
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, count * 2);
        }
        fields[count++] = value;
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
            limit = 0;
            return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
