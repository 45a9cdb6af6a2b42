package org.nadiya.flow;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nadiya.flow.detect.Analysis;
import org.nadiya.flow.detect.Rules;
import org.nadiya.flow.detect.RulesFile;
import org.nadiya.flow.generate.Generator;
import org.nadiya.flow.ingest.ImportReport;
import org.nadiya.flow.ingest.Mapping;
import org.nadiya.flow.ingest.MappingFile;
import org.nadiya.flow.ingest.StatementImporter;
import org.nadiya.flow.report.Json;
import org.nadiya.flow.report.Reports;
import org.nadiya.flow.trace.TraceRequest;
import org.nadiya.flow.trace.Tracer;

/**
 * The engine's public API for the application and the command line: load statements, analyse them, trace money,
 * generate test data. Bad input throws {@link IllegalArgumentException} naming the file, row, column or key.
 */
public final class FlowEngine {

    /** Statement files and how to read them; {@code mapping}, {@code format} and {@code owner} may be null. */
    public record Inputs(List<Path> files, Path mapping, String format, String owner, OnError onError) {
    }

    /** Told what the engine is doing; the command line draws a bar from it. */
    public interface Progress {
        Progress NONE = new Progress() { };

        default void stage(String name) {
        }

        default void advanced(long done, long total) {
        }

        default void done() {
        }
    }

    /** Loaded statements: the graph and, per file, what was imported and skipped. */
    public static final class Statements {
        private final TransactionGraph graph;
        private final List<ImportReport> reports;

        Statements(TransactionGraph graph, List<ImportReport> reports) {
            this.graph = graph;
            this.reports = List.copyOf(reports);
        }

        public TransactionGraph graph() {
            return graph;
        }

        public long skipped() {
            return reports.stream().mapToLong(ImportReport::skipped).sum();
        }
    }

    private FlowEngine() {
    }

    /** Loads every file into one graph; with {@link OnError#FAIL} one bad row means nothing is loaded. */
    public static Statements load(Inputs inputs, Progress progress) throws IOException {
        Mapping mapping = inputs.mapping() == null ? null : MappingFile.read(inputs.mapping());
        StatementImporter.Format format = inputs.format() == null ? null
                : switch (inputs.format().toLowerCase(Locale.ROOT)) {
                    case "csv" -> StatementImporter.Format.CSV;
                    case "xlsx", "xls" -> StatementImporter.Format.XLSX;
                    case "camt053", "camt.053" -> StatementImporter.Format.CAMT053;
                    default -> throw new IllegalArgumentException("--format must be csv, xlsx or camt053, not '"
                            + inputs.format() + "'");
                };
        var builder = new GraphBuilder();
        List<ImportReport> reports = new ArrayList<>();
        for (Path file : inputs.files()) {
            progress.stage("import " + file.getFileName());
            reports.add(StatementImporter.importFile(file, new StatementImporter.Options(mapping, format,
                    inputs.owner(), inputs.onError(), progress::advanced), builder));
            progress.done();
        }
        progress.stage("index");
        var graph = builder.build();
        progress.done();
        return new Statements(graph, reports);
    }

    /** Every typology of the rules file (null: the defaults) as the analysis JSON of docs/flow.md. */
    public static String analyzeJson(Statements statements, Path rulesFile, Progress progress) throws IOException {
        Rules rules = rulesFile == null ? Rules.defaults() : RulesFile.read(rulesFile);
        progress.stage("analyse");
        var result = Analysis.run(statements.graph, rules);
        progress.done();
        return Json.write(Reports.analysis(statements.graph, statements.reports, result));
    }

    /** A trace from an account or a transaction (exactly one non-null) as the trace JSON of docs/flow.md. */
    public static String traceJson(Statements statements, String account, String transaction,
                                   TraceDirection direction, long since, long until, int hops, TraceMethod method) {
        var request = new TraceRequest(account, transaction, direction, since, until, hops, method);
        return Json.write(Reports.trace(request, new Tracer(statements.graph).trace(request)));
    }

    /** Writes generated statements to {@code out}; with planting, the ground truth to {@code truth}. */
    public static void generate(int accounts, long transactions, long seed, boolean plant, Path out, Path truth)
            throws IOException {
        var generator = new Generator(accounts, transactions, seed, plant);
        try (var writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
                StandardCharsets.UTF_8), 1 << 16)) {
            var plants = generator.write(writer);
            if (plant) {
                Files.writeString(truth, Json.write(Reports.groundTruth(plants)) + System.lineSeparator());
            }
        }
    }
}
