package org.nadiya.flow.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nadiya.flow.GraphBuilder;
import org.nadiya.flow.OnError;
import org.nadiya.flow.TransactionSink;

/**
 * The canonical CSV's fast path (decision 0028): for a UTF-8 file whose first line is the plain canonical header
 * (the six canonical columns in any order, optionally other canonical columns, nothing quoted), rows are read
 * as bytes from large buffers and parsed straight into the sink — timestamps and amounts from the bytes, id and
 * accounts handed over as byte ranges that {@link GraphBuilder} interns without a String.
 *
 * <p>A row goes the fast way only when it is plain: ASCII without quotes or control characters, every required
 * cell in the simple shape ({@code 2026-01-31T12:00:00Z}, {@code -1234.56}, three letters), no details. Every
 * other row — quoted (also over several lines), non-ASCII, with details, or wrong in any way — is decoded and
 * split exactly as {@link CsvReader} does and handed to the general {@link RowMapper} with its line, so its
 * result and its error (row, column, reason; fail or skip) are the general path's by construction.
 *
 * <p>With a {@link GraphBuilder} as sink and a large file, the second half (from the first line break after the
 * middle) is read on a second thread into its own builder, speculatively: that thread takes plain rows only and
 * stops at the first other row; its work is kept only when the first half's last row ends exactly where the
 * second half starts (else the break was inside a quoted field), and it is appended in order, so the graph is
 * the one a single reader would build. Memory: one buffer per thread (1 MiB, longer only for a longer row).
 */
final class CanonicalCsv {

    /** Files from this size are read in two halves on two threads. */
    static final long SPLIT_FROM_BYTES = 16L << 20;

    private static final int BUFFER = 1 << 20;
    private static final List<String> COLUMNS = List.of("id", "timestamp", "from_account", "to_account", "amount",
            "currency", "from_name", "to_name", "from_bank", "to_bank", "from_country", "to_country", "channel",
            "mcc", "description");
    private static final int ID = 0;
    private static final int TIMESTAMP = 1;
    private static final int FROM = 2;
    private static final int TO = 3;
    private static final int AMOUNT = 4;
    private static final int CURRENCY = 5;
    /** A second thread keeps to this many currencies, so its builder can never refuse a row. */
    private static final int SECOND_HALF_CURRENCIES = 16;

    /** What became of the second half in the last {@link #read} (the tests check both outcomes happen). */
    enum Split { NONE, APPENDED, DISCARDED }

    Split split = Split.NONE;

    /** The read buffer's first size (the tests use a tiny one, so rows cross buffer ends everywhere). */
    int bufferSize = BUFFER;

    private final String source;
    /** The header as the general path splits it (a byte-order mark stays in the first cell). */
    private final String[] header;
    /** Column → index in {@link #COLUMNS}. */
    private final int[] roles;
    /** The last column a plain row needs (id, timestamp, accounts, amount). */
    private final int lastRequired;
    /** File offset after the header's line break. */
    private final long dataStart;
    /** Bytes per row in the first 64 KiB, to size the builder's columns once. */
    private final double bytesPerRow;

    private CanonicalCsv(String source, String[] header, int[] roles, long dataStart, double bytesPerRow) {
        this.source = source;
        this.bytesPerRow = bytesPerRow;
        this.header = header;
        this.roles = roles;
        this.dataStart = dataStart;
        int last = 0;
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] <= AMOUNT) {
                last = c;
            }
        }
        this.lastRequired = last;
    }

    /** The fast path for a file starting with these bytes, or null when the general path must read it. */
    static CanonicalCsv recognise(byte[] head, String source) {
        boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        int end = start;
        while (end < head.length && head[end] != '\n' && head[end] != '\r') {
            end++;
        }
        if (end >= head.length - 1) {
            return null;
        }
        int next = end + 1;
        if (head[end] == '\r' && head[next] == '\n') {
            next++;
        }
        String[] cells = new String(head, start, end - start, StandardCharsets.ISO_8859_1).split(",", -1);
        int[] roles = new int[cells.length];
        boolean[] seen = new boolean[COLUMNS.size()];
        for (int c = 0; c < cells.length; c++) {
            int role = COLUMNS.indexOf(cells[c]);
            if (role < 0 || seen[role]) {
                return null;
            }
            seen[role] = true;
            roles[c] = role;
        }
        for (int role = ID; role <= CURRENCY; role++) {
            if (!seen[role]) {
                return null;
            }
        }
        if (bom) {
            cells[0] = "\ufeff" + cells[0];
        }
        int rows = 0;
        for (int i = next; i < head.length; i++) {
            if (head[i] == '\n') {
                rows++;
            }
        }
        return new CanonicalCsv(source, cells, roles, next, rows == 0 ? 100 : (double) (head.length - next) / rows);
    }

    ImportReport read(Path file, OnError onError, TransactionSink sink, Progress progress, long splitFrom)
            throws IOException {
        long total = Files.size(file);
        var mapping = Presets.canonical(header).withEncoding(StandardCharsets.UTF_8).withDelimiter(',');
        var reading = new Reading(new RowMapper(mapping, header, source), new RowErrors(source, onError), sink,
                progress, total);
        long expected = (long) ((total - dataStart) / bytesPerRow * 1.02) + 1024;
        if (sink instanceof GraphBuilder builder && total >= 1 << 20) {
            builder.expect(builder.size() + expected);
        }
        long boundary = sink instanceof GraphBuilder && total >= splitFrom
                && Runtime.getRuntime().availableProcessors() >= 2 ? boundary(file, total) : -1;
        try (var in = new Input(file, dataStart, bufferSize)) {
            long line = 2;
            split = Split.NONE;
            if (boundary > 0) {
                split = Split.DISCARDED;
                var second = new SecondHalf(file, boundary, expected / 2);
                second.start();
                try {
                    line = reading.rows(in, line, boundary);
                    if (in.offset() == boundary) {
                        SecondHalf.Part part = second.result();
                        if (part != null && ((GraphBuilder) sink).append(part.builder())) {
                            reading.imported += part.builder().size();
                            line += part.lines();
                            in.seek(part.stop());
                            split = Split.APPENDED;
                        }
                    }
                } finally {
                    second.cancel();
                }
            }
            reading.rows(in, line, Long.MAX_VALUE);
        }
        progress.advanced(total, total);
        return reading.errors.report(mapping.name(), reading.imported);
    }

    /** The offset after the first line break past the middle, or -1. */
    private long boundary(Path file, long total) throws IOException {
        long middle = Math.max(dataStart, total / 2);
        try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
            var window = ByteBuffer.allocate(1 << 16);
            channel.read(window, middle);
            for (int i = 0; i < window.position(); i++) {
                if (window.get(i) == '\n') {
                    long at = middle + i + 1;
                    return at < total ? at : -1;
                }
            }
        }
        return -1;
    }

    /** The rows of one reading, with everything the general path does for a row that is not plain. */
    private final class Reading {
        final RowMapper mapper;
        final RowErrors errors;
        final TransactionSink sink;
        final Progress progress;
        final long total;
        final Plain plain = new Plain();
        final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        /** Plain rows waiting for the builder (null for another sink, which takes rows one by one). */
        final Batch batch;
        long imported;

        Reading(RowMapper mapper, RowErrors errors, TransactionSink sink, Progress progress, long total) {
            this.mapper = mapper;
            this.errors = errors;
            this.sink = sink;
            this.progress = progress;
            this.total = total;
            this.batch = sink instanceof GraphBuilder builder ? new Batch(builder) : null;
        }

        /** Reads rows until one would start at or after {@code stopAt}; returns the next row's line. */
        long rows(Input in, long line, long stopAt) throws IOException {
            try {
                if (batch != null) {
                    in.beforeMore = () -> imported += batch.flush(in.buf);
                }
                return rowsBatched(in, line, stopAt);
            } finally {
                if (batch != null) {
                    imported += batch.flush(in.buf);
                    in.beforeMore = null;
                }
            }
        }

        private long rowsBatched(Input in, long line, long stopAt) throws IOException {
            int count = 0;
            while (in.offset() < stopAt) {
                if ((++count & 0xFFFF) == 0) {
                    progress.advanced(in.offset(), total);
                }
                if (!plain.scan(in)) {
                    return line;
                }
                int end = plain.end;
                if (end == in.pos) {
                    in.pos = in.afterBreak(end);
                    line++;
                    continue;
                }
                if (!plain.special && !plain.quote && plain.map(in.buf, in.pos)) {
                    if (batch != null && batch.takes(plain)) {
                        if (batch.add(plain)) {
                            imported += batch.flush(in.buf);
                        }
                        in.pos = in.afterBreak(end);
                        line++;
                        continue;
                    }
                    if (batch != null) {
                        imported += batch.flush(in.buf);
                    }
                    try {
                        sink.acceptBytes(in.buf, plain.idFrom, plain.idTo, plain.seconds, plain.fromFrom,
                                plain.fromTo, plain.toFrom, plain.toTo, plain.amount, plain.currency);
                        imported++;
                    } catch (IllegalArgumentException e) {
                        if (e instanceof BadStatementException) {
                            throw e;
                        }
                        errors.reject(line, null, "row.invalid", e.getMessage(), e.getMessage());
                    }
                    in.pos = in.afterBreak(end);
                    line++;
                    continue;
                }
                long lines = 1;
                if (plain.quote) {
                    long[] quoted;
                    while ((quoted = Quoted.extent(in.buf, in.pos, in.limit, in.eof, line)) == null) {
                        in.more();
                        progress.advanced(in.offset(), total);
                    }
                    end = (int) quoted[0];
                    lines += quoted[1];
                }
                if (batch != null) {
                    imported += batch.flush(in.buf);
                }
                String text;
                try {
                    text = decoder.decode(ByteBuffer.wrap(in.buf, in.pos, end - in.pos)).toString();
                } catch (CharacterCodingException e) {
                    throw new BadStatementException(source, "encoding.invalid", "not UTF-8 text", "UTF-8");
                }
                String[] row = new CsvReader(new StringReader(text), ',', text.length() + 1).next();
                if (CsvImporter.handle(row, line, header, mapper, errors, sink)) {
                    imported++;
                }
                in.pos = in.afterBreak(end);
                line += lines;
            }
            return line;
        }
    }

    /** Reads the second half into its own builder while the first thread reads the first. */
    private final class SecondHalf extends Thread {

        record Part(GraphBuilder builder, long stop, long lines) {
        }

        private final Path file;
        private final long start;
        private final long expected;
        private volatile boolean cancelled;
        private Part part;

        SecondHalf(Path file, long start, long expected) {
            super("csv-second-half");
            setDaemon(true);
            this.file = file;
            this.start = start;
            this.expected = expected;
        }

        @Override
        public void run() {
            var builder = new GraphBuilder();
            builder.expect(expected);
            var plain = new Plain();
            var batch = new Batch(builder);
            List<String> currencies = new ArrayList<>();
            long lines = 0;
            try (var in = new Input(file, start, bufferSize)) {
                in.beforeMore = () -> batch.flush(in.buf);
                long rows = 0;
                while (!(++rows % 4096 == 0 && cancelled) && plain.scan(in)) {
                    int end = plain.end;
                    if (end != in.pos) {
                        if (plain.special || plain.quote || !plain.map(in.buf, in.pos)) {
                            break;
                        }
                        if (batch.takes(plain)) {
                            if (batch.add(plain)) {
                                batch.flush(in.buf);
                            }
                        } else {
                            if (currencies.size() == SECOND_HALF_CURRENCIES) {
                                break;
                            }
                            currencies.add(plain.currency);
                            batch.flush(in.buf);
                            builder.acceptBytes(in.buf, plain.idFrom, plain.idTo, plain.seconds, plain.fromFrom,
                                    plain.fromTo, plain.toFrom, plain.toTo, plain.amount, plain.currency);
                        }
                    }
                    in.pos = in.afterBreak(end);
                    lines++;
                }
                batch.flush(in.buf);
                part = new Part(builder, in.offset(), lines);
            } catch (IOException | RuntimeException e) {
                part = null;
            }
        }

        /** The rows read, or null when the thread failed (the first thread then reads on). */
        Part result() throws IOException {
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading", e);
            }
            return part;
        }

        void cancel() {
            cancelled = true;
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Plain rows collected for {@link GraphBuilder#acceptBatch} while their bytes are in the buffer; flushed
     * before the buffer moves and before any row that goes another way, so rows reach the builder in order.
     */
    private static final class Batch {
        static final int ROWS = 512;
        final GraphBuilder builder;
        final int[] cells = new int[6 * ROWS];
        final long[] seconds = new long[ROWS];
        final long[] amounts = new long[ROWS];
        final String[] currencies = new String[ROWS];
        int size;

        Batch(GraphBuilder builder) {
            this.builder = builder;
        }

        /** Whether the row can wait in the batch: the builder cannot refuse it (its currency is known). */
        boolean takes(Plain row) {
            return builder.knowsCurrency(row.currency);
        }

        /** Adds the row; true when the batch is full. */
        boolean add(Plain row) {
            int c = 6 * size;
            cells[c] = row.idFrom;
            cells[c + 1] = row.idTo;
            cells[c + 2] = row.fromFrom;
            cells[c + 3] = row.fromTo;
            cells[c + 4] = row.toFrom;
            cells[c + 5] = row.toTo;
            seconds[size] = row.seconds;
            amounts[size] = row.amount;
            currencies[size] = row.currency;
            return ++size == ROWS;
        }

        /** Sends the waiting rows; returns how many. */
        int flush(byte[] buffer) {
            int n = size;
            if (n > 0) {
                builder.acceptBatch(buffer, n, cells, seconds, amounts, currencies);
                size = 0;
            }
            return n;
        }
    }

    /** One thread's scan of the row at the read position and, for a plain row, its parsed cells. */
    private final class Plain {
        final int[] cuts = new int[roles.length];
        /** The row's line break (or the end of the file), relative to the buffer. */
        int end;
        boolean quote;
        boolean special;
        int fields;
        int idFrom;
        int idTo;
        int fromFrom;
        int fromTo;
        int toFrom;
        int toTo;
        long seconds;
        long amount;
        String currency;
        private int lastCode = -1;
        private String lastCurrency;
        private final Map<Integer, String> codes = new HashMap<>();

        /** Finds the end of the line at the read position; false at the end of the input. */
        boolean scan(Input in) throws IOException {
            while (true) {
                byte[] b = in.buf;
                int limit = in.limit;
                int i = in.pos;
                int commas = 0;
                int kept = cuts.length;
                boolean q = false;
                boolean s = false;
                for (; i < limit; i++) {
                    byte c = b[i];
                    if (c == ',') {
                        if (commas < kept) {
                            cuts[commas] = i;
                        }
                        commas++;
                    } else if (c < '#') {
                        // negative: a byte of a non-ASCII character; below space: control characters
                        if (c == '\n' || c == '\r') {
                            break;
                        }
                        if (c == '"') {
                            q = true;
                        } else if (c != ' ' && c != '!') {
                            s = true;
                        }
                    }
                }
                if (i == limit && !in.eof) {
                    in.more();
                    continue;
                }
                if (i == in.pos && i == limit) {
                    return false;
                }
                end = i;
                quote = q;
                special = s;
                fields = commas + 1;
                if (commas < kept) {
                    cuts[commas] = i;
                }
                return true;
            }
        }

        /** Parses a scanned row without quotes or special bytes; false when the general path must read it. */
        boolean map(byte[] b, int rowStart) {
            int n = Math.min(fields, roles.length);
            if (n <= lastRequired) {
                return false;
            }
            currency = "UAH";
            int start = rowStart;
            for (int c = 0; c < n; c++) {
                int s = start;
                int e = cuts[c];
                start = e + 1;
                while (s < e && b[s] == ' ') {
                    s++;
                }
                while (e > s && b[e - 1] == ' ') {
                    e--;
                }
                boolean empty = s == e || e - s == 1 && b[s] == '-';
                switch (roles[c]) {
                    case ID -> {
                        if (empty) {
                            return false;
                        }
                        idFrom = s;
                        idTo = e;
                    }
                    case TIMESTAMP -> {
                        if (e - s != 20 || (seconds = utcSeconds(b, s)) == Long.MIN_VALUE) {
                            return false;
                        }
                    }
                    case FROM -> {
                        if (empty) {
                            return false;
                        }
                        fromFrom = s;
                        fromTo = e;
                    }
                    case TO -> {
                        if (empty) {
                            return false;
                        }
                        toFrom = s;
                        toTo = e;
                    }
                    case AMOUNT -> {
                        long value = minorUnits(b, s, e);
                        if (value == 0) {
                            return false;
                        }
                        amount = Math.abs(value);
                    }
                    case CURRENCY -> {
                        if (!empty && (e - s != 3 || (currency = code(b, s)) == null)) {
                            return false;
                        }
                    }
                    default -> {
                        if (!empty) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        /** Three ASCII letters in upper case, as {@code Currencies.normalise} gives them; null otherwise. */
        private String code(byte[] b, int s) {
            int packed = 0;
            for (int i = s; i < s + 3; i++) {
                int c = b[i];
                if (c >= 'a' && c <= 'z') {
                    c -= 32;
                } else if (c < 'A' || c > 'Z') {
                    return null;
                }
                packed = packed << 8 | c;
            }
            if (packed == lastCode) {
                return lastCurrency;
            }
            int p = packed;
            lastCurrency = codes.computeIfAbsent(p, k -> new String(new byte[] {(byte) (p >> 16), (byte) (p >> 8),
                    (byte) p}, StandardCharsets.US_ASCII));
            lastCode = packed;
            return lastCurrency;
        }
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ssZ} at {@code s} as epoch seconds, accepting exactly what {@code
     * Timestamps.utcSeconds} accepts; {@code Long.MIN_VALUE} otherwise (the general path then decides).
     */
    static long utcSeconds(byte[] b, int s) {
        if (b[s + 4] != '-' || b[s + 7] != '-' || b[s + 10] != 'T' || b[s + 13] != ':' || b[s + 16] != ':'
                || b[s + 19] != 'Z') {
            return Long.MIN_VALUE;
        }
        int year = digits(b, s, 4);
        int month = digits(b, s + 5, 2);
        int day = digits(b, s + 8, 2);
        int hour = digits(b, s + 11, 2);
        int minute = digits(b, s + 14, 2);
        int second = digits(b, s + 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > monthLength(year, month)) {
            return Long.MIN_VALUE;
        }
        return epochDay(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
    }

    private static int digits(byte[] b, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            value = value * 10 + c;
        }
        return value;
    }

    private static int monthLength(int year, int month) {
        if (month == 2) {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (years 0..9999). */
    static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /**
     * {@code [-+]digits[.d[d]]} (at most 15 digits before the point) in minor units, as {@code Money.parseMinor}
     * reads it; 0 for anything else (or zero), which the general path then reads.
     */
    static long minorUnits(byte[] b, int s, int e) {
        int i = s;
        boolean negative = false;
        if (i < e && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long units = 0;
        int digits = 0;
        while (i < e && b[i] >= '0' && b[i] <= '9') {
            units = units * 10 + b[i] - '0';
            digits++;
            i++;
        }
        if (digits == 0 || digits > 15) {
            return 0;
        }
        int decimals = 0;
        if (i < e && b[i] == '.') {
            i++;
            while (i < e && decimals < 2 && b[i] >= '0' && b[i] <= '9') {
                units = units * 10 + b[i] - '0';
                decimals++;
                i++;
            }
        }
        if (i != e) {
            return 0;
        }
        for (; decimals < 2; decimals++) {
            units *= 10;
        }
        return negative ? -units : units;
    }

    /** RFC 4180 row extent exactly as {@link CsvReader} splits it, over UTF-8 bytes. */
    static final class Quoted {

        private Quoted() {
        }

        /**
         * The end (the row's line break, or the end of the input) of the row starting at {@code p} and the line
         * breaks inside its quoted fields; null when more input is needed.
         *
         * @throws IllegalArgumentException at the end of the input inside a quoted field, as CsvReader says it
         */
        static long[] extent(byte[] b, int p, int limit, boolean eof, long line) {
            long inner = 0;
            int i = p;
            while (true) {
                if (i < limit && b[i] == '"') {
                    i++;
                    while (true) {
                        if (i >= limit) {
                            if (eof) {
                                throw new CsvReader.UnclosedQuoteException(line);
                            }
                            return null;
                        }
                        byte c = b[i++];
                        if (c == '"') {
                            if (i >= limit && !eof) {
                                return null;
                            }
                            if (i < limit && b[i] == '"') {
                                i++;
                                continue;
                            }
                            break;
                        }
                        if (c == '\n') {
                            inner++;
                        }
                    }
                } else if (i >= limit && !eof) {
                    return null;
                }
                while (i < limit && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
                    i++;
                }
                if (i >= limit) {
                    if (!eof) {
                        return null;
                    }
                    return new long[] {i, inner};
                }
                if (b[i] == ',') {
                    i++;
                    continue;
                }
                return new long[] {i, inner};
            }
        }
    }

    /** A file read through a channel into one growable buffer. */
    static final class Input implements AutoCloseable {
        private final FileChannel channel;
        byte[] buf;
        /** File offset of {@code buf[0]}. */
        long base;
        int pos;
        int limit;
        boolean eof;
        /** Called before the buffer's content moves (a batch holds offsets into it). */
        Runnable beforeMore;

        Input(Path file, long start, int size) throws IOException {
            buf = new byte[size];
            channel = FileChannel.open(file, StandardOpenOption.READ);
            seek(start);
        }

        void seek(long offset) throws IOException {
            channel.position(offset);
            base = offset;
            pos = 0;
            limit = 0;
            eof = false;
        }

        /** File offset of the read position. */
        long offset() {
            return base + pos;
        }

        /** Reads more after what is left from the read position (which moves to 0). */
        void more() throws IOException {
            if (beforeMore != null) {
                beforeMore.run();
            }
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                base += pos;
                limit -= pos;
                pos = 0;
            }
            if (limit == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            int n = channel.read(ByteBuffer.wrap(buf, limit, buf.length - limit));
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }

        /**
         * The position after the line break at {@code end} ({@code \n}, {@code \r\n} or a lone {@code \r}), or
         * {@code end} at the end of the input. May read more, which moves the buffer: use the result.
         */
        int afterBreak(int end) throws IOException {
            if (end >= limit) {
                return end;
            }
            if (buf[end] == '\r') {
                if (end + 1 == limit && !eof) {
                    int shift = pos;
                    more();
                    end -= shift;
                }
                if (end + 1 < limit && buf[end + 1] == '\n') {
                    return end + 2;
                }
            }
            return end + 1;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
