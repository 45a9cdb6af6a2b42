package org.nadiya.flow.ingest;

import org.nadiya.flow.OnError;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.nadiya.flow.Transaction;
import org.nadiya.flow.TransactionSink;

/**
 * Streams a delimited text statement: finds the header row (after any preamble), recognises or applies the
 * mapping, and sends each row to the sink. Holds one row at a time.
 */
final class CsvImporter {

    private static final int HEADER_SEARCH_ROWS = 50;

    private CsvImporter() {
    }

    static ImportReport read(Path file, Mapping given, String owner, OnError onError, TransactionSink sink,
                             Progress progress) throws IOException {
        return read(file, given, owner, onError, sink, progress, true, CanonicalCsv.SPLIT_FROM_BYTES);
    }

    /**
     * @param fast      whether a file that starts with the plain canonical header takes {@link CanonicalCsv}
     *                  (false only in tests, which compare both paths)
     * @param splitFrom the file size from which the fast path reads the second half on another thread
     */
    static ImportReport read(Path file, Mapping given, String owner, OnError onError, TransactionSink sink,
                             Progress progress, boolean fast, long splitFrom) throws IOException {
        String source = file.getFileName().toString();
        byte[] head = Sniffer.head(file);
        Charset charset = given != null ? given.encoding() : Sniffer.encoding(head);
        char delimiter = given != null ? given.delimiter() : Sniffer.delimiter(new String(head, charset));
        if (fast && given == null && delimiter == ',' && charset.equals(StandardCharsets.UTF_8)) {
            CanonicalCsv canonical = CanonicalCsv.recognise(head, source);
            if (canonical != null) {
                return canonical.read(file, onError, sink, progress, splitFrom);
            }
        }
        long total = Files.size(file);
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var counting = new CountingInputStream(Files.newInputStream(file));
        try (var csv = new CsvReader(new InputStreamReader(counting, decoder), delimiter)) {
            String[] header = null;
            Mapping mapping = null;
            var preamble = new Preamble();
            for (int i = 0; i < HEADER_SEARCH_ROWS && header == null; i++) {
                String[] row = csv.next();
                if (row == null) {
                    break;
                }
                Optional<Mapping> found = given != null ? (matches(given, row) ? Optional.of(given) : Optional.empty())
                        : Presets.recognise(row);
                if (found.isPresent()) {
                    header = row;
                    mapping = found.get().withEncoding(charset).withDelimiter(delimiter);
                } else {
                    preamble.add(row);
                }
            }
            if (header == null) {
                throw given == null
                        ? new BadStatementException(source, "header.not-found", "no header row recognised in the"
                        + " first " + HEADER_SEARCH_ROWS + " rows; give a mapping file (--mapping) or use the canonical"
                        + " header id,timestamp,from_account,to_account,amount,currency", HEADER_SEARCH_ROWS)
                        : new BadStatementException(source, "header.mapping-not-found", "no header row recognised in"
                        + " the first " + HEADER_SEARCH_ROWS + " rows; the mapping's columns " + given.columns().keySet()
                        + " were not all found", HEADER_SEARCH_ROWS, String.join(", ", given.columns().keySet()));
            }
            mapping = preamble.settle(mapping, header, owner, source);
            var mapper = new RowMapper(mapping, header, source);
            var errors = new RowErrors(source, onError);
            errors.owner(preamble.account());
            String stop = mapping.stopAt() == null ? null : RowMapper.normal(mapping.stopAt());
            long imported;
            try (var rows = new RowPipeline(csv)) {
                imported = rows(rows, header, stop, mapper, errors, sink, progress, counting, total);
            }
            progress.advanced(total, total);
            mapper.owners().forEach(errors::owner);
            return errors.report(mapping.name(), imported);
        } catch (CharacterCodingException e) {
            throw new BadStatementException(source, "encoding.invalid", "not " + charset.name() + " text"
                    + (given != null ? " (check 'encoding' in the mapping)" : ""), charset.name());
        }
    }

    private static long rows(RowPipeline rows, String[] header, String stop, RowMapper mapper, RowErrors errors,
                             TransactionSink sink, Progress progress, CountingInputStream counting, long total)
            throws IOException {
        long imported = 0;
        String[] row;
        while ((row = rows.next()) != null) {
            long line = rows.line();
            if (stop != null && !(Arrays.equals(row, header) || filled(row) < 2)
                    && RowMapper.normal(firstFilled(row)).startsWith(stop)) {
                break;
            }
            if (handle(row, line, header, mapper, errors, sink)) {
                imported++;
            }
            if ((imported & 0xFFFF) == 0) {
                progress.advanced(counting.count(), total);
            }
        }
        return imported;
    }

    /**
     * One split data row: a repeated header or a row with fewer than two filled cells is passed over silently,
     * otherwise it is mapped and sent to the sink, or rejected with its line, column and reason.
     *
     * @return whether a transaction went to the sink
     */
    static boolean handle(String[] row, long line, String[] header, RowMapper mapper, RowErrors errors,
                          TransactionSink sink) {
        if (Arrays.equals(row, header) || filled(row) < 2) {
            return false;
        }
        try {
            Transaction t = mapper.map(row, line);
            if (t != null) {
                sink.accept(t);
                return true;
            }
        } catch (RowMapper.CellException e) {
            errors.reject(e.at(line));
        } catch (IllegalArgumentException e) {
            if (e instanceof BadStatementException) {
                throw e;
            }
            errors.reject(line, null, "row.invalid", e.getMessage(), e.getMessage());
        }
        return false;
    }

    /** Whether a row is the header of a given mapping: every column it requires is there. */
    static boolean matches(Mapping mapping, String[] row) {
        var present = Arrays.stream(row).map(RowMapper::normal).toList();
        return mapping.columns().keySet().stream().filter(c -> !mapping.optional().contains(c)).map(RowMapper::normal)
                .allMatch(present::contains);
    }

    static int filled(String[] row) {
        int n = 0;
        for (String cell : row) {
            if (!cell.isBlank()) {
                n++;
            }
        }
        return n;
    }

    static String firstFilled(String[] row) {
        for (String cell : row) {
            if (!cell.isBlank()) {
                return cell;
            }
        }
        return "";
    }
}
