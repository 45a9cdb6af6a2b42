package org.nadiya.flow.ingest;

import org.nadiya.flow.OnError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.nadiya.flow.TransactionSink;

/**
 * Imports one statement file into a sink: CSV (canonical header, a recognised bank layout, or a mapping file),
 * XLS/XLSX, or camt.053 XML, chosen from {@code format} or else from the file's extension and first bytes.
 * With {@link OnError#FAIL} the first bad row throws {@link BadStatementException}; the caller discards what
 * the sink received, so nothing is imported.
 */
public final class StatementImporter {

    public enum Format { CSV, CAMT, XLSX, ONEC }

    public record Options(Mapping mapping, Format format, String owner, OnError onError, Progress progress) {

        public Options {
            onError = onError == null ? OnError.FAIL : onError;
            progress = progress == null ? Progress.NONE : progress;
        }

        public static Options defaults() {
            return new Options(null, null, null, OnError.FAIL, Progress.NONE);
        }
    }

    private StatementImporter() {
    }

    public static ImportReport importFile(Path file, Options options, TransactionSink sink) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadStatementException(file.getFileName().toString(), "file.missing", "no such file");
        }
        Format format = options.format() != null ? options.format() : detect(file);
        try {
            return switch (format) {
                case CAMT -> CamtImporter.read(file, options.owner(), options.onError(), sink, options.progress());
                case XLSX -> SpreadsheetImporter.read(file, options.mapping(), options.owner(), options.onError(), sink,
                        options.progress());
                case CSV -> CsvImporter.read(file, options.mapping(), options.owner(), options.onError(), sink,
                        options.progress());
                case ONEC -> ClientBankExchange.read(file, options.owner(), options.onError(), sink,
                        options.progress());
            };
        } catch (NoSuchFileException e) {
            throw new BadStatementException(file.getFileName().toString(), "file.missing", "no such file");
        } catch (CsvReader.UnclosedQuoteException e) {
            throw new BadStatementException(file.getFileName().toString(), ImportError.of(e.line(), null,
                    "csv.unclosed-quote", "a quoted field is not closed"));
        } catch (BadStatementException e) {
            throw e.error().row() == 0 && e.issue().source() == null
                    ? new BadStatementException(file.getFileName().toString(), e.error()) : e;
        }
    }

    static Format detect(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return Format.XLSX;
        }
        if (name.endsWith(".xml")) {
            return Format.CAMT;
        }
        byte[] head = Sniffer.head(file);
        if (ClientBankExchange.recognise(head)) {
            return Format.ONEC;
        }
        if (head.length >= 4 && (head[0] == 'P' && head[1] == 'K' || (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF)) {
            return Format.XLSX;
        }
        String start = new String(head, 0, Math.min(head.length, 512), java.nio.charset.StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("\ufeff")) {
            start = start.substring(1);
        }
        return start.startsWith("<") ? Format.CAMT : Format.CSV;
    }
}
