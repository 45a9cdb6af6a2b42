package org.nadiya.flow;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.nadiya.flow.detect.AccountFeatures;
import org.nadiya.flow.detect.Analysis;
import org.nadiya.flow.detect.Rules;
import org.nadiya.flow.detect.RulesFile;
import org.nadiya.flow.generate.Generator;
import org.nadiya.flow.ingest.ImportReport;
import org.nadiya.flow.ingest.Mapping;
import org.nadiya.flow.ingest.MappingFile;
import org.nadiya.flow.ingest.StatementImporter;
import org.nadiya.flow.learn.Holdout;
import org.nadiya.flow.learn.Labels;
import org.nadiya.flow.learn.Ranking;
import org.nadiya.flow.learn.RankingModel;
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
        StatementImporter.Format format = format(inputs.format());
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
        return analyzeJson(statements, rulesFile, null, progress);
    }

    /**
     * As {@link #analyzeJson(Statements, Path, Progress)}; with a model of {@code flow learn} (may be null) the
     * findings are ranked by it and the ranked accounts are listed with the features behind each score.
     */
    public static String analyzeJson(Statements statements, Path rulesFile, Path modelFile, Progress progress)
            throws IOException {
        Rules rules = rulesFile == null ? Rules.defaults() : RulesFile.read(rulesFile);
        RankingModel model = modelFile == null ? null : RankingModel.load(modelFile);
        progress.stage("analyse");
        var result = Analysis.run(statements.graph, rules);
        progress.done();
        Ranking ranking = null;
        if (model != null) {
            progress.stage("rank");
            var table = AccountFeatures.of(statements.graph, rules, result.alerts());
            Set<Integer> alerted = new HashSet<>();
            result.alerts().forEach(a -> alerted.addAll(a.accounts()));
            ranking = Ranking.of(table, model, alerted);
            progress.done();
        }
        return Json.write(Reports.analysis(statements.graph, statements.reports, result, ranking));
    }

    /**
     * Trains a ranking model on the analyst's verdicts ({@code account,label[,group]}, see docs/flow.md) over the
     * statements analysed with the rules file (null: the defaults), writes it to {@code out} and returns a JSON
     * summary: labelled accounts used and unknown, the threshold, the out-of-fold F1 and the strongest features.
     */
    public static String learnJson(Statements statements, Path rulesFile, Path labelsFile, Path out,
                                   Progress progress) throws IOException {
        return learnJson(statements, rulesFile, labelsFile, null, out, progress);
    }

    /**
     * As {@link #learnJson(Statements, Path, Path, Path, Progress)}; with held-out verdicts (may be null; accounts
     * that are also in the training labels are refused) the summary measures the model and the rules alone on them.
     */
    public static String learnJson(Statements statements, Path rulesFile, Path labelsFile, Path holdoutFile, Path out,
                                   Progress progress) throws IOException {
        Rules rules = rulesFile == null ? Rules.defaults() : RulesFile.read(rulesFile);
        var labels = Labels.read(labelsFile, statements.graph);
        var holdout = holdoutFile == null ? null : Labels.read(holdoutFile, statements.graph);
        if (holdout != null) {
            Set<Integer> trained = new HashSet<>();
            for (int a : labels.accounts()) {
                trained.add(a);
            }
            for (int a : holdout.accounts()) {
                if (trained.contains(a)) {
                    throw new IllegalArgumentException(holdoutFile + ": account '" + statements.graph.account(a)
                            + "' is in the training labels too; held-out verdicts must be others");
                }
            }
        }
        progress.stage("analyse");
        var result = Analysis.run(statements.graph, rules);
        progress.done();
        progress.stage("learn");
        var table = AccountFeatures.of(statements.graph, rules, result.alerts());
        var model = RankingModel.train(table, labels);
        model.save(out);
        progress.done();
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("model", out.toString());
        summary.put("labelled", labels.size());
        summary.put("unknownAccounts", labels.unknown());
        summary.put("threshold", Math.round(model.threshold() * 1000) / 1000.0);
        summary.put("trainedOn", new TreeMap<>(model.trainedOn()));
        if (holdout != null) {
            summary.put("holdout", Holdout.measure(model.score(table), model.threshold(), result.alerts(), holdout));
        }
        summary.put("features", model.features());
        return Json.write(summary);
    }

    /** A trace from an account or a transaction (exactly one non-null) as the trace JSON of docs/flow.md. */
    public static String traceJson(Statements statements, String account, String transaction,
                                   TraceDirection direction, long since, long until, int hops, TraceMethod method) {
        var request = new TraceRequest(account, transaction, direction, since, until, hops, method);
        return Json.write(Reports.trace(statements.graph, request, new Tracer(statements.graph).trace(request)));
    }

    // ---- Structured results for the application (root-package records; the app may not import sub-packages) ----

    /** One statement file with its own mapping, format and owner account (each may be null). */
    public record Source(Path file, Path mapping, String format, String owner) {
    }

    /**
     * What one file gave: imported and skipped rows, the first skipped rows as "row N, column C: reason" and as
     * coded issues for the application's bundles, the notes (rows passed over on purpose: zero amounts, entries not
     * booked), and the statement accounts the file itself named.
     */
    public record FileReport(String source, String format, long imported, long skipped, List<String> errors,
                             List<StatementIssue> issues, long noted, List<StatementIssue> notes, List<String> owners) {
    }

    /** The loaded statements in numbers; {@code from}/{@code to} are null when nothing was imported. */
    public record Summary(int transactions, int accounts, Instant from, Instant to, long skipped,
                          List<FileReport> files) {
    }

    /** One alert: typology key, score 0..1, account numbers, transaction ids, parameters, explanations. */
    public record AlertView(String id, String typology, double score, List<String> accounts,
                            List<String> transactions, Map<String, String> parameters, String explanationUk,
                            String explanationEn) {
    }

    /**
     * Overlapping alerts merged: every typology, the highest score, the union of accounts and transactions;
     * {@code modelScore} is the learned ranking's score of the finding (its highest account), null without a model.
     */
    public record FindingView(String id, List<String> typologies, double score, List<String> accounts,
                              List<String> transactions, List<String> alertIds, Double modelScore) {
    }

    /** A trained ranking: the model file's text and what it was trained on (see {@link #learn}). */
    public record LearnedModel(String json, double threshold, int accounts, int confirmed, int dismissed,
                               double outOfFoldF1) {
    }

    /** A whole analysis; {@code names} maps an account number to the holder's name where a statement gave one. */
    public record Result(Summary summary, List<AlertView> alerts, List<FindingView> findings,
                         Map<String, String> names) {
    }

    /**
     * One transaction for display (graphs): exact amount as a decimal in the currency's units; {@code dateOnly} when
     * the statement gave only a date (then {@code time} is that date's midnight UTC: show the date, not a time).
     */
    public record Edge(String id, String from, String to, Instant time, BigDecimal amount, String currency,
                       boolean dateOnly) {
    }

    /**
     * One transaction for a table: the {@link Edge} with the holders' names and the payment's description as the
     * statement gave them (null where it gave none).
     */
    public record TransactionRow(String id, Instant time, boolean dateOnly, String from, String fromName, String to,
                                 String toName, BigDecimal amount, String currency, String description) {
    }

    /** One transaction on a trail with the amount attributed to the traced money; {@code hop} from the start. */
    public record TraceFlow(String id, String from, String to, Instant time, BigDecimal amount,
                            BigDecimal attributed, int hop, boolean dateOnly) {
    }

    /** Where traced money ends; {@code hopLimit} when it would go on beyond the hop limit. */
    public record TraceTerminal(String account, BigDecimal amount, boolean hopLimit) {
    }

    /** Accounts from the start to a terminal; {@code amount} is the smallest step (bottleneck). */
    public record TracePath(List<String> accounts, BigDecimal amount) {
    }

    /** A trace as records: {@code traced} is the money followed from the origin. */
    public record Trace(String origin, String direction, String method, int hops, BigDecimal traced,
                        List<TraceFlow> flows, List<TraceTerminal> terminals, List<TracePath> paths) {
    }

    /** Loads files that each have their own mapping/format/owner into one graph (all or nothing under FAIL). */
    public static Statements loadEach(List<Source> sources, OnError onError, Progress progress) throws IOException {
        var builder = new GraphBuilder();
        List<ImportReport> reports = new ArrayList<>();
        for (Source source : sources) {
            Mapping mapping = source.mapping() == null ? null : MappingFile.read(source.mapping());
            progress.stage("import " + source.file().getFileName());
            reports.add(StatementImporter.importFile(source.file(), new StatementImporter.Options(mapping,
                    format(source.format()), source.owner(), onError, progress::advanced), builder));
            progress.done();
        }
        progress.stage("index");
        var graph = builder.build();
        progress.done();
        return new Statements(graph, reports);
    }

    /**
     * Every typology of the rules (YAML or JSON text; null or blank: the defaults) as records. Bad rules throw
     * {@link IllegalArgumentException} naming the key.
     */
    public static Result analyze(Statements statements, String rulesText, Progress progress) {
        return analyze(statements, rulesText, null, progress);
    }

    /**
     * As {@link #analyze(Statements, String, Progress)}; with a model's text of {@link #learn} (may be null) each
     * finding also gets the model's score. A model for other features throws {@link IllegalArgumentException}.
     */
    public static Result analyze(Statements statements, String rulesText, String modelJson, Progress progress) {
        Rules rules = rulesText == null || rulesText.isBlank() ? Rules.defaults() : RulesFile.parse("rules", rulesText);
        RankingModel model = modelJson == null ? null : RankingModel.parse("model", modelJson);
        progress.stage("analyse");
        var result = Analysis.run(statements.graph, rules);
        progress.done();
        float[] ranked = model == null ? null
                : model.score(AccountFeatures.of(statements.graph, rules, result.alerts()));
        TransactionGraph g = statements.graph;
        var alerts = result.alerts().stream().map(a -> new AlertView(a.id(), a.typology().key(), round(a.score()),
                a.accounts().stream().map(g::account).toList(), a.transactions().stream().map(g::id).toList(),
                parameters(a.parameters()), a.explanationUk(), a.explanationEn())).toList();
        var findings = result.findings().stream().map(f -> new FindingView(f.id(),
                f.typologies().stream().map(t -> t.key()).toList(), round(f.score()),
                f.accounts().stream().map(g::account).toList(), f.transactions().stream().map(g::id).toList(),
                f.alertIds(), ranked == null ? null : round(f.accounts().stream()
                        .mapToDouble(a -> ranked[a]).max().orElse(0)))).toList();
        Map<String, String> names = new TreeMap<>();
        for (int a = 0; a < g.accountCount(); a++) {
            String name = g.accountName(a);
            if (name != null && !name.isBlank()) {
                names.put(g.account(a), name);
            }
        }
        return new Result(summary(statements), alerts, findings, names);
    }

    /**
     * Trains a ranking model on verdicts per account ({@code confirmed}: true = took part, false = dismissed;
     * {@code groups}: account → the finding it was judged in) over the statements analysed with the rules text
     * (null or blank: the defaults). Throws {@link IllegalArgumentException} when the verdicts lack a confirmed or
     * a dismissed account the statements name.
     */
    public static LearnedModel learn(Statements statements, String rulesText, Map<String, Boolean> confirmed,
                                     Map<String, String> groups, Progress progress) {
        Rules rules = rulesText == null || rulesText.isBlank() ? Rules.defaults() : RulesFile.parse("rules", rulesText);
        var labels = Labels.of(statements.graph, confirmed, groups);
        progress.stage("analyse");
        var result = Analysis.run(statements.graph, rules);
        progress.done();
        progress.stage("learn");
        var model = RankingModel.train(AccountFeatures.of(statements.graph, rules, result.alerts()), labels);
        progress.done();
        Object f1 = model.trainedOn().get("outOfFoldF1");
        return new LearnedModel(model.toJson(), model.threshold(), labels.size(), labels.positives(),
                labels.size() - labels.positives(), f1 instanceof Number n ? n.doubleValue() : 0);
    }

    /** Checks rules text (YAML or JSON) without analysing; throws {@link IllegalArgumentException} naming the key. */
    public static void checkRules(String rulesText) {
        if (rulesText != null && !rulesText.isBlank()) {
            RulesFile.parse("rules", rulesText);
        }
    }

    /** The loaded statements in numbers, with at most 20 skipped rows listed per file. */
    public static Summary summary(Statements statements) {
        TransactionGraph g = statements.graph;
        int n = g.transactionCount();
        var files = statements.reports.stream().map(r -> new FileReport(r.source(), r.format(), r.imported(),
                r.skipped(), r.errors().stream().limit(20).map(e -> "row " + e.row() + ", column " + e.column()
                        + ": " + e.reason()).toList(),
                r.errors().stream().limit(20).map(e -> issue(r.source(), e)).toList(), r.noted(),
                r.notes().stream().limit(20).map(e -> issue(r.source(), e)).toList(), r.owners())).toList();
        return new Summary(n, g.accountCount(), n == 0 ? null : g.instant(0), n == 0 ? null : g.instant(n - 1),
                statements.skipped(), files);
    }

    /** The transactions with the given ids, in time order (ids not in the statements are left out). */
    public static List<Edge> transactions(Statements statements, Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        TransactionGraph g = statements.graph;
        List<Edge> edges = new ArrayList<>();
        for (int tx = 0; tx < g.transactionCount() && edges.size() < wanted.size(); tx++) {
            String id = g.id(tx);
            if (wanted.contains(id)) {
                edges.add(new Edge(id, g.account(g.from(tx)), g.account(g.to(tx)), g.instant(tx),
                        Money.toDecimal(g.amount(tx)), g.currency(tx), g.dateOnly(tx)));
            }
        }
        return edges;
    }

    /** As {@link #transactions}, with names and descriptions for a table. */
    public static List<TransactionRow> transactionRows(Statements statements, Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        TransactionGraph g = statements.graph;
        List<TransactionRow> rows = new ArrayList<>();
        for (int tx = 0; tx < g.transactionCount() && rows.size() < wanted.size(); tx++) {
            String id = g.id(tx);
            if (wanted.contains(id)) {
                var d = g.details(tx);
                rows.add(new TransactionRow(id, g.instant(tx), g.dateOnly(tx), g.account(g.from(tx)), d.fromName(),
                        g.account(g.to(tx)), d.toName(), Money.toDecimal(g.amount(tx)), g.currency(tx),
                        d.description()));
            }
        }
        return rows;
    }

    /**
     * A trace from an account as records; {@code since}/{@code until} may be null (no bound). Bad requests (no such
     * account, hops outside 1..50, since after until) throw {@link IllegalArgumentException}.
     */
    public static Trace trace(Statements statements, String account, TraceDirection direction, Instant since,
                              Instant until, int hops, TraceMethod method) {
        if (statements.graph.accountIndex(account) < 0) {
            throw new IllegalArgumentException("no transaction names the account '" + account + "'");
        }
        var request = new TraceRequest(account, null, direction, since == null ? Long.MIN_VALUE : since.getEpochSecond(),
                until == null ? Long.MAX_VALUE : until.getEpochSecond(), hops, method);
        var r = new Tracer(statements.graph).trace(request);
        return new Trace(r.origin(), request.direction().name().toLowerCase(Locale.ROOT),
                request.method().name().toLowerCase(Locale.ROOT), hops, Money.toDecimal(r.tracedMinor()),
                r.flows().stream().map(f -> new TraceFlow(f.id(), f.from(), f.to(), Instant.ofEpochSecond(f.time()),
                        Money.toDecimal(f.amountMinor()), Money.toDecimal(f.attributedMinor()), f.hop(),
                        statements.graph.dateOnly(f.tx()))).toList(),
                r.terminals().stream().map(t -> new TraceTerminal(t.account(), Money.toDecimal(t.amountMinor()),
                        t.hopLimit())).toList(),
                r.paths().stream().map(p -> new TracePath(p.accounts(), Money.toDecimal(p.minor()))).toList());
    }

    /** Writes generated statements (canonical CSV) to {@code out}; returns the ground truth JSON when planting. */
    public static String generate(int accounts, long transactions, long seed, boolean plant, java.io.Writer out)
            throws IOException {
        var plants = new Generator(accounts, transactions, seed, plant).write(out);
        return plant ? Json.write(Reports.groundTruth(plants)) : null;
    }

    private static StatementImporter.Format format(String format) {
        return format == null || format.isBlank() ? null : switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> StatementImporter.Format.CSV;
            case "xlsx", "xls" -> StatementImporter.Format.XLSX;
            case "camt", "camt053", "camt.053", "camt052", "camt.052", "camt054", "camt.054", "xml" ->
                    StatementImporter.Format.CAMT;
            case "1c", "1cclientbankexchange" -> StatementImporter.Format.ONEC;
            default -> throw new StatementException(new StatementIssue(null, 0, "format", "format.unknown",
                    List.of(format), "format must be csv, xlsx, camt (camt.052, camt.053, camt.054) or 1c, not '"
                    + format + "'"));
        };
    }

    private static StatementIssue issue(String source, org.nadiya.flow.ingest.ImportError e) {
        return new StatementIssue(source, e.row(), e.column(), e.code(), e.args(), e.reason());
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private static Map<String, String> parameters(Map<String, Object> parameters) {
        Map<String, String> out = new TreeMap<>();
        parameters.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
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
