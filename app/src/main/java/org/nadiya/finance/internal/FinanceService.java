package org.nadiya.finance.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.ProceedingAccess;
import org.nadiya.cases.Proceedings;
import org.nadiya.finance.FinancialAnalyses;
import org.nadiya.flow.FlowEngine;
import org.nadiya.flow.TraceDirection;
import org.nadiya.flow.TraceMethod;
import org.nadiya.links.IdentifierSource;
import org.nadiya.links.IdentifiersFound;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.FieldEncryption;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.kernel.Text;
import org.nadiya.security.NeedToKnow;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Need-to-know for every call, analyses in the background, findings and their review; statements come in and go
 * out through {@link StatementIntake}. See {@link FinancialAnalyses}.
 */
@Service
class FinanceService implements FinancialAnalyses {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FinanceService.class);
    static final String ENTITY = "proceeding";
    /** At most this many statement accounts are published for cross-case matching (else: the findings' accounts). */
    static final int MAX_PUBLISHED = 5_000;
    private static final int EVENT_BATCH = 40;
    private static final String EXPLANATION_SEPARATOR = "\n\u001e\n";

    private final FinanceStore store;
    private final StatementIntake intake;
    private final StatementLoader loader;
    private final Proceedings proceedings;
    private final NeedToKnow needToKnow;
    private final FieldEncryption encryption;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Map<Long, String> progress = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "finance-analysis");
        t.setDaemon(true);
        return t;
    });

    FinanceService(FinanceStore store, StatementIntake intake, StatementLoader loader,
                   Proceedings proceedings, NeedToKnow needToKnow, FieldEncryption encryption, AuditLog audit,
                   Clock clock, PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.store = store;
        this.intake = intake;
        this.loader = loader;
        this.proceedings = proceedings;
        this.needToKnow = needToKnow;
        this.encryption = encryption;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        if (progress.isEmpty()) {
            tx.executeWithoutResult(s -> store.failInterrupted(clock.instant()));
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    /** Need-to-know on the proceeding; partners and researchers never see financial analyses (404, audited). */
    ProceedingAccess visible(CurrentUser user, long proceedingId) {
        var access = proceedings.access(proceedingId).orElse(null);
        if (!user.canReadProceedings()) {
            needToKnow.check(user, ENTITY, proceedingId, null);
        }
        needToKnow.check(user, ENTITY, proceedingId, access);
        return access;
    }

    // ---- statements

    @Override
    public Statement upload(CurrentUser user, long proceedingId, String fileName, String mediaType,
                            InputStream content, UploadOptions options) {
        visible(user, proceedingId);
        return intake.upload(user, proceedingId, fileName, mediaType, content, options);
    }

    @Override
    public List<Statement> statements(CurrentUser user, long proceedingId) {
        visible(user, proceedingId);
        return store.statements(proceedingId);
    }

    @Override
    public StatementFile statementFile(CurrentUser user, long proceedingId, long statementId) {
        visible(user, proceedingId);
        return intake.file(user, proceedingId, statementId);
    }

    // ---- analyses

    @Override
    public long start(CurrentUser user, long proceedingId, List<Long> statementIds, String rules) {
        visible(user, proceedingId);
        var all = store.statements(proceedingId).stream().map(Statement::id).toList();
        List<Long> chosen = statementIds == null || statementIds.isEmpty() ? all
                : List.copyOf(new LinkedHashSet<>(statementIds));
        if (chosen.isEmpty()) {
            throw new InvalidInputException("statementIds", "error.finance.statement.first");
        }
        for (long id : chosen) {
            if (!all.contains(id)) {
                throw new InvalidInputException("statementIds", "error.finance.statement.unknown", id);
            }
        }
        String rulesText = blank(rules) ? null : rules;
        try {
            FlowEngine.checkRules(rulesText);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("rules", "error.finance.rules.invalid", e.getMessage());
        }
        long id = tx.execute(s -> {
            long aid = store.insertAnalysis(proceedingId, user.username(), clock.instant(), chosen, rulesText);
            audit.record(AuditEvent.allowed("FINANCE_ANALYSIS_STARTED", ENTITY, proceedingId).by(user.username())
                    .with("analysis " + aid + " of statements " + chosen + (rulesText == null ? "" : ", own rules")));
            return aid;
        });
        progress.put(id, "queued");
        runner.submit(() -> run(user.username(), proceedingId, id, chosen, rulesText));
        return id;
    }

    /** Runs an analysis of every statement of the proceeding in the caller's thread and transaction (the demo). */
    long runNow(CurrentUser user, long proceedingId) {
        visible(user, proceedingId);
        var all = store.statements(proceedingId).stream().map(Statement::id).toList();
        long id = store.insertAnalysis(proceedingId, user.username(), clock.instant(), all, null);
        audit.record(AuditEvent.allowed("FINANCE_ANALYSIS_STARTED", ENTITY, proceedingId).by(user.username())
                .with("analysis " + id + " of statements " + all));
        run(user.username(), proceedingId, id, all, null);
        return id;
    }

    private void run(String username, long proceedingId, long analysisId, List<Long> statementIds, String rules) {
        try {
            var reporter = new FlowEngine.Progress() {
                private String stage = "";

                @Override
                public void stage(String name) {
                    stage = name;
                    progress.put(analysisId, name);
                }

                @Override
                public void advanced(long done, long total) {
                    if (total > 0) {
                        progress.put(analysisId, stage + " " + Math.min(100, done * 100 / total) + " %");
                    }
                }
            };
            var statements = loader.load(analysisId, statementIds, reporter);
            var model = store.latestModel().orElse(null);
            FlowEngine.Result ranked = null;
            if (model != null) {
                try {
                    ranked = FlowEngine.analyze(statements, rules, model.model(), reporter);
                } catch (IllegalArgumentException e) {
                    // Own rules with other calibration scales give other features: the rules alone rank then.
                    LOG.info("analysis {}: the ranking model does not fit its rules ({})", analysisId, e.getMessage());
                }
            }
            var result = ranked != null ? ranked : FlowEngine.analyze(statements, rules, reporter);
            Long modelId = ranked != null ? model.info().id() : null;
            progress.put(analysisId, "store");
            tx.executeWithoutResult(s -> store(username, proceedingId, analysisId, result, modelId));
        } catch (RuntimeException | Error e) {
            LOG.warn("analysis {} of proceeding {} failed", analysisId, proceedingId, e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            tx.executeWithoutResult(s -> {
                store.fail(analysisId, message, clock.instant());
                audit.record(AuditEvent.allowed("FINANCE_ANALYSIS_FAILED", ENTITY, proceedingId).by(username)
                        .with("analysis " + analysisId + ": " + e.getClass().getSimpleName()));
            });
        } finally {
            progress.remove(analysisId);
        }
    }

    private void store(String username, long proceedingId, long analysisId, FlowEngine.Result result,
                       Long modelId) {
        Map<String, String> findingOf = new HashMap<>();
        for (var f : result.findings()) {
            f.alertIds().forEach(a -> findingOf.put(a, f.id()));
            store.insertFinding(analysisId, f.id(), f.typologies(), score(f.score()), f.accounts(), f.transactions(),
                    f.alertIds(), f.modelScore() == null ? null : score(f.modelScore()));
        }
        if (modelId != null) {
            store.modelUsed(analysisId, modelId);
        }
        for (var a : result.alerts()) {
            String key = UUID.randomUUID().toString();
            String parameters = a.parameters().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .reduce((x, y) -> x + "\n" + y).orElse("");
            store.insertAlert(analysisId, new FinanceStore.AlertRow(key, a.id(), findingOf.get(a.id()), a.typology(),
                    score(a.score()), a.accounts(), a.transactions(), parameters,
                    encryption.encrypt(a.explanationUk() + EXPLANATION_SEPARATOR + a.explanationEn(),
                            FinanceColumns.EXPLANATIONS.context(key))));
        }
        result.names().forEach((account, name) -> {
            if (account.length() <= 64) {
                String key = UUID.randomUUID().toString();
                store.insertName(key, analysisId, account, encryption.encrypt(name, FinanceColumns.NAME.context(key)));
            }
        });
        var s = result.summary();
        store.finish(analysisId, new FinanceStore.Totals(s.transactions(), s.accounts(), s.skipped(),
                result.alerts().size(), result.findings().size(), s.from(), s.to()), clock.instant());
        audit.record(AuditEvent.allowed("FINANCE_ANALYSIS_FINISHED", ENTITY, proceedingId).by(username)
                .with("analysis " + analysisId + ": " + s.transactions() + " transactions, " + result.alerts().size()
                        + " alerts, " + result.findings().size() + " findings"));
        // In batches: the event publication registry keeps each serialised event in 4,000 characters.
        var found = identifiers(result);
        for (int i = 0; i < found.size(); i += EVENT_BATCH) {
            events.publishEvent(IdentifiersFound.seal(encryption, proceedingId, null, IdentifierSource.STATEMENT,
                    username, found.subList(i, Math.min(found.size(), i + EVENT_BATCH))));
        }
    }

    /**
     * The statements' account numbers as identifiers for cross-case matching: IBAN-shaped ones and card numbers;
     * every account when there are few, else those in findings. Names are not identifiers in {@code links}.
     */
    static List<IdentifiersFound.Found> identifiers(FlowEngine.Result result) {
        Set<String> accounts = new LinkedHashSet<>();
        result.findings().forEach(f -> accounts.addAll(f.accounts()));
        result.alerts().forEach(a -> accounts.addAll(a.accounts()));
        if (result.summary().accounts() <= MAX_PUBLISHED) {
            accounts.addAll(result.names().keySet());
        }
        List<IdentifiersFound.Found> found = new ArrayList<>();
        for (String account : accounts) {
            String compact = account.replace(" ", "");
            if (compact.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
                found.add(new IdentifiersFound.Found("iban", compact));
            } else if (compact.matches("\\d{13,19}")) {
                found.add(new IdentifiersFound.Found("card", compact));
            }
            if (found.size() == MAX_PUBLISHED) {
                break;
            }
        }
        return found;
    }

    @Override
    public List<AnalysisRun> analyses(CurrentUser user, long proceedingId) {
        visible(user, proceedingId);
        return store.analyses(proceedingId).stream().map(this::withProgress).toList();
    }

    @Override
    public AnalysisRun analysis(CurrentUser user, long proceedingId, long analysisId) {
        visible(user, proceedingId);
        return withProgress(run(proceedingId, analysisId));
    }

    private AnalysisRun run(long proceedingId, long analysisId) {
        return store.analysis(proceedingId, analysisId)
                .orElseThrow(() -> new NotVisibleException("finance_analysis", analysisId));
    }

    private AnalysisRun withProgress(AnalysisRun r) {
        String p = progress.get(r.id());
        return p == null || r.status() != Status.RUNNING ? r : new AnalysisRun(r.id(), r.proceedingId(), r.startedBy(),
                r.startedAt(), r.finishedAt(), r.status(), r.statementIds(), r.customRules(), r.transactions(),
                r.accounts(), r.skipped(), r.alerts(), r.findings(), r.periodFrom(), r.periodTo(), r.error(), p,
                r.modelId());
    }

    private AnalysisRun done(long proceedingId, long analysisId) {
        var r = run(proceedingId, analysisId);
        if (r.status() != Status.DONE) {
            throw new InvalidInputException("analysis", "error.finance.analysis.notDone", analysisId, Text.label("finance.status", r.status()));
        }
        return r;
    }

    // ---- findings

    @Override
    public List<Finding> findings(CurrentUser user, long proceedingId, long analysisId, FindingFilter filter) {
        visible(user, proceedingId);
        done(proceedingId, analysisId);
        var shown = filtered(analysisId, filter);
        audit.record(AuditEvent.allowed("FINANCE_FINDINGS_READ", ENTITY, proceedingId).by(user.username())
                .with("analysis " + analysisId + ", " + shown.size() + " findings"));
        return shown;
    }

    private List<Finding> filtered(long analysisId, FindingFilter filter) {
        var f = filter == null ? FindingFilter.ALL : filter;
        if (f.typology() != null && !f.typology().isBlank() && !TYPOLOGIES.contains(f.typology())) {
            throw new InvalidInputException("typology", "error.finance.typology.unknown", f.typology(), TYPOLOGIES);
        }
        if (f.minScore() != null && (f.minScore().signum() < 0 || f.minScore().compareTo(BigDecimal.ONE) > 0)) {
            throw new InvalidInputException("minScore", "error.finance.minScore.range");
        }
        var all = store.findings(analysisId);
        boolean ranked = all.stream().anyMatch(x -> x.modelScore() != null);
        Comparator<Finding> order = switch (f.sort() == null || f.sort().isBlank() ? (ranked ? "model" : "score")
                : f.sort()) {
            case "score" -> Comparator.comparing(Finding::score);
            case "model" -> Comparator.comparing(Finding::modelScore, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "id" -> Comparator.comparingInt((Finding x) -> Integer.parseInt(x.id().replaceAll("\\D", "0")));
            case "accounts" -> Comparator.comparingInt((Finding x) -> x.accounts().size());
            case "review" -> Comparator.comparing(Finding::review);
            default -> throw new InvalidInputException("sort", "error.finance.sort.choose");
        };
        order = f.ascending() ? order : order.reversed();
        return all.stream()
                .filter(x -> f.typology() == null || f.typology().isBlank() || x.typologies().contains(f.typology()))
                .filter(x -> f.minScore() == null || x.score().compareTo(f.minScore()) >= 0)
                .filter(x -> f.review() == null || x.review() == f.review())
                .sorted(order.thenComparing(Finding::id))
                .toList();
    }

    static final List<String> TYPOLOGIES = List.of("fan-in", "fan-out", "scatter-gather", "gather-scatter", "cycle",
            "stack", "bipartite", "pass-through", "structuring", "small-payments", "high-risk-country", "burst");

    /** Who may train the installation's ranking: it orders every later analysis' findings. */
    static final Role TRAINER = Role.ANALYST;

    @Override
    public RankingModel learn(CurrentUser user, long proceedingId, long analysisId) {
        visible(user, proceedingId);
        if (!user.has(TRAINER)) {
            audit.record(AuditEvent.denied("FINANCE_MODEL_TRAINED", ENTITY, proceedingId).by(user.username())
                    .with("analysis " + analysisId + ": not an analyst"));
            throw new AccessDeniedException("only analysts train the ranking of findings");
        }
        var run = done(proceedingId, analysisId);
        Map<String, Boolean> confirmed = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        for (Finding f : store.findings(analysisId)) {
            if (f.review() == Review.OPEN) {
                continue;
            }
            for (String account : f.accounts()) {
                // An account in a confirmed finding took part in laundering, whatever else it was judged in.
                if (f.review() == Review.CONFIRMED || !confirmed.containsKey(account)) {
                    confirmed.put(account, f.review() == Review.CONFIRMED || confirmed.getOrDefault(account, false));
                    groups.put(account, f.id());
                }
            }
        }
        if (!confirmed.containsValue(true) || !confirmed.containsValue(false)) {
            throw new InvalidInputException("analysis", "error.finance.learn.verdicts");
        }
        var statements = loader.load(analysisId, run.statementIds(), FlowEngine.Progress.NONE);
        FlowEngine.LearnedModel learned;
        try {
            learned = FlowEngine.learn(statements, store.rules(analysisId).orElse(null), confirmed, groups,
                    FlowEngine.Progress.NONE);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("analysis", "error.finance.learn.verdicts");
        }
        return tx.execute(s -> {
            long id = store.insertModel(analysisId, user.username(), clock.instant(), learned.accounts(),
                    learned.confirmed(), learned.dismissed(), BigDecimal.valueOf(learned.threshold())
                            .setScale(4, java.math.RoundingMode.HALF_UP),
                    BigDecimal.valueOf(learned.outOfFoldF1()).setScale(4, java.math.RoundingMode.HALF_UP),
                    learned.json());
            audit.record(AuditEvent.allowed("FINANCE_MODEL_TRAINED", ENTITY, proceedingId).by(user.username())
                    .with("model " + id + " from analysis " + analysisId + ": " + learned.confirmed() + " confirmed, "
                            + learned.dismissed() + " dismissed accounts"));
            return store.latestModel().orElseThrow().info();
        });
    }

    @Override
    public java.util.Optional<RankingModel> rankingModel(CurrentUser user) {
        return user.canReadProceedings() ? store.latestModel().map(FinanceStore.ModelRow::info)
                : java.util.Optional.empty();
    }

    private Finding finding(long analysisId, String findingId) {
        return store.finding(analysisId, findingId == null ? "" : findingId)
                .orElseThrow(() -> new NotVisibleException("finance_finding", findingId));
    }

    @Override
    public FindingDetail finding(CurrentUser user, long proceedingId, long analysisId, String findingId) {
        visible(user, proceedingId);
        done(proceedingId, analysisId);
        var detail = detail(analysisId, finding(analysisId, findingId));
        audit.record(AuditEvent.allowed("FINANCE_FINDING_READ", ENTITY, proceedingId).by(user.username())
                .with("analysis " + analysisId + ", finding " + detail.finding().id() + ", " + detail.names().size()
                        + " names shown"));
        return detail;
    }

    @Override
    public List<FindingDetail> report(CurrentUser user, long proceedingId, long analysisId) {
        visible(user, proceedingId);
        done(proceedingId, analysisId);
        var details = store.findings(analysisId).stream().map(f -> detail(analysisId, f)).toList();
        audit.record(AuditEvent.allowed("FINANCE_REPORT_PRINTED", ENTITY, proceedingId).by(user.username())
                .with("analysis " + analysisId + ", " + details.size() + " findings with explanations and names"));
        return details;
    }

    private FindingDetail detail(long analysisId, Finding finding) {
        var alerts = store.alerts(analysisId, finding.id()).stream().map(a -> {
            String[] text = encryption.decrypt(a.explanationsEnc(), FinanceColumns.EXPLANATIONS.context(a.alertKey()))
                    .split(EXPLANATION_SEPARATOR, 2);
            Map<String, String> parameters = new TreeMap<>();
            for (String line : FinanceStore.list(a.parameters())) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    parameters.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return new Alert(a.alertId(), a.typology(), a.score(), a.accounts(), a.transactions(), parameters,
                    text[0], text.length > 1 ? text[1] : text[0]);
        }).toList();
        return new FindingDetail(finding, alerts, names(analysisId, finding.accounts()));
    }

    private Map<String, String> names(long analysisId, List<String> accounts) {
        Map<String, String> names = new TreeMap<>();
        for (int i = 0; i < accounts.size(); i += 500) {
            for (String[] row : store.names(analysisId, accounts.subList(i, Math.min(accounts.size(), i + 500)))) {
                names.put(row[1], encryption.decrypt(row[2], FinanceColumns.NAME.context(row[0])));
            }
        }
        return names;
    }

    @Override
    public Finding review(CurrentUser user, long proceedingId, long analysisId, String findingId, Review state,
                          String note) {
        visible(user, proceedingId);
        done(proceedingId, analysisId);
        var finding = finding(analysisId, findingId);
        if (state == null) {
            throw new InvalidInputException("state", "error.finance.state.choose");
        }
        String text = blank(note) ? null : note.strip();
        if (state == Review.DISMISSED && text == null) {
            throw new InvalidInputException("note", "error.finance.note.dismissReason");
        }
        if (text != null && text.length() > 2000) {
            throw new InvalidInputException("note", "error.finance.note.length");
        }
        tx.executeWithoutResult(s -> {
            store.review(analysisId, finding.id(), state, text, user.username(), clock.instant());
            audit.record(AuditEvent.allowed("FINANCE_FINDING_REVIEWED", ENTITY, proceedingId).by(user.username())
                    .with("analysis " + analysisId + ", finding " + finding.id() + ": " + finding.review() + " -> "
                            + state + (text == null ? "" : ", with a note")));
        });
        return finding(analysisId, finding.id());
    }

    @Override
    public String exportCsv(CurrentUser user, long proceedingId, long analysisId, FindingFilter filter) {
        visible(user, proceedingId);
        done(proceedingId, analysisId);
        var rows = filtered(analysisId, filter);
        var csv = new StringBuilder("finding,typologies,score,review,note,reviewed_by,reviewed_at,accounts,transactions\r\n");
        for (var f : rows) {
            csv.append(String.join(",", cell(f.id()), cell(String.join(" ", f.typologies())), f.score().toPlainString(),
                    f.review().name().toLowerCase(Locale.ROOT), cell(f.note()), cell(f.reviewedBy()),
                    f.reviewedAt() == null ? "" : f.reviewedAt().toString(), cell(String.join(" ", f.accounts())),
                    cell(String.join(" ", f.transactions())))).append("\r\n");
        }
        audit.record(AuditEvent.allowed("FINANCE_FINDINGS_EXPORTED", ENTITY, proceedingId).by(user.username())
                .with("analysis " + analysisId + ", " + rows.size() + " findings as CSV"));
        return csv.toString();
    }

    /** A CSV cell by the one rule of every export ({@link org.nadiya.security.SpreadsheetText}). */
    static String cell(String value) {
        return org.nadiya.security.SpreadsheetText.csvField(value);
    }

    @Override
    public List<TransactionLine> findingTransactions(CurrentUser user, long proceedingId, long analysisId,
                                                     String findingId, String sort) {
        var order = TransactionTable.order(sort);
        var lines = transactionLines(user, proceedingId, analysisId, findingId);
        audit.record(AuditEvent.allowed("FINANCE_TRANSACTIONS_READ", ENTITY, proceedingId).by(user.username())
                .with("analysis " + analysisId + ", finding " + findingId + ", " + lines.size() + " transactions"));
        return lines.stream().sorted(order).toList();
    }

    @Override
    public String findingTransactionsCsv(CurrentUser user, long proceedingId, long analysisId, String findingId) {
        var lines = transactionLines(user, proceedingId, analysisId, findingId);
        audit.record(AuditEvent.allowed("FINANCE_TRANSACTIONS_EXPORTED", ENTITY, proceedingId).by(user.username())
                .with("analysis " + analysisId + ", finding " + findingId + ", " + lines.size() + " transactions as CSV"));
        return TransactionTable.csv(lines);
    }

    private List<TransactionLine> transactionLines(CurrentUser user, long proceedingId, long analysisId, String findingId) {
        visible(user, proceedingId);
        var run = done(proceedingId, analysisId);
        var finding = finding(analysisId, findingId);
        var statements = loader.load(analysisId, run.statementIds(), FlowEngine.Progress.NONE);
        var names = names(analysisId, finding.accounts());
        return FlowEngine.transactionRows(statements, finding.transactions()).stream()
                .map(r -> new TransactionLine(r.id(), r.time(), r.dateOnly(), r.from(),
                        names.getOrDefault(r.from(), r.fromName()), r.to(), names.getOrDefault(r.to(), r.toName()),
                        r.amount(), r.currency(), r.description()))
                .toList();
    }

    // ---- graphs and traces

    @Override
    public MoneyGraph findingGraph(CurrentUser user, long proceedingId, long analysisId, String findingId) {
        visible(user, proceedingId);
        var run = done(proceedingId, analysisId);
        var finding = finding(analysisId, findingId);
        var statements = loader.load(analysisId, run.statementIds(), FlowEngine.Progress.NONE);
        var edges = FlowEngine.transactions(statements, finding.transactions()).stream()
                .map(e -> new Edge(e.id(), e.from(), e.to(), e.amount(), e.currency(), e.time().toEpochMilli(), null))
                .toList();
        var graph = graph(analysisId, edges, false);
        audit.record(AuditEvent.allowed("FINANCE_GRAPH_READ", ENTITY, proceedingId).by(user.username())
                .with("analysis " + analysisId + ", finding " + finding.id() + ", " + edges.size() + " transactions"));
        return graph;
    }

    @Override
    public TraceView trace(CurrentUser user, long proceedingId, long analysisId, TraceQuery query) {
        visible(user, proceedingId);
        var run = done(proceedingId, analysisId);
        if (query == null || blank(query.account())) {
            throw new InvalidInputException("account", "error.finance.account.required");
        }
        TraceDirection direction = switch (blank(query.direction()) ? "forward" : query.direction()) {
            case "forward" -> TraceDirection.FORWARD;
            case "backward" -> TraceDirection.BACKWARD;
            default -> throw new InvalidInputException("direction", "error.finance.direction.choose");
        };
        TraceMethod method = switch (blank(query.method()) ? "fifo" : query.method()) {
            case "fifo" -> TraceMethod.FIFO;
            case "proportional" -> TraceMethod.PROPORTIONAL;
            default -> throw new InvalidInputException("method", "error.finance.method.choose");
        };
        int hops = query.hops() == null ? 5 : query.hops();
        if (hops < 1 || hops > 50) {
            throw new InvalidInputException("hops", "error.finance.hops.range");
        }
        if (query.since() != null && query.until() != null && query.since().isAfter(query.until())) {
            throw new InvalidInputException("since", "error.finance.since.order");
        }
        var statements = loader.load(analysisId, run.statementIds(), FlowEngine.Progress.NONE);
        FlowEngine.Trace trace;
        try {
            trace = FlowEngine.trace(statements, query.account().replace(" ", "").strip(), direction, query.since(),
                    query.until(), hops, method);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("account", "error.finance.account.invalid", e.getMessage());
        }
        var edges = trace.flows().stream().map(f -> new Edge(f.id(), f.from(), f.to(), f.amount(), null,
                f.time().toEpochMilli(), f.attributed())).toList();
        var graph = graph(analysisId, edges, true);
        audit.record(AuditEvent.allowed("FINANCE_TRACE_READ", ENTITY, proceedingId).by(user.username())
                .with("analysis " + analysisId + ", " + trace.direction() + " " + trace.method() + ", " + hops
                        + " hops, " + trace.flows().size() + " flows"));
        return new TraceView(trace, graph);
    }

    /** Nodes sized by the volume through them (attributed money on traces), with holders' names where known. */
    private MoneyGraph graph(long analysisId, List<Edge> edges, boolean attributed) {
        Map<String, BigDecimal> volume = new LinkedHashMap<>();
        for (var e : edges) {
            BigDecimal amount = attributed ? e.attributed() : e.amount();
            volume.merge(e.source(), amount, BigDecimal::add);
            volume.merge(e.target(), amount, BigDecimal::add);
        }
        var names = names(analysisId, List.copyOf(volume.keySet()));
        var nodes = volume.entrySet().stream().map(v -> new Node(v.getKey(), names.get(v.getKey()), v.getValue()))
                .toList();
        return new MoneyGraph(nodes, edges);
    }

    private static BigDecimal score(double score) {
        return BigDecimal.valueOf(score).setScale(3, java.math.RoundingMode.HALF_UP);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** For tests and the demo: waits until no analysis runs (at most the given milliseconds). */
    boolean awaitIdle(long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (!progress.isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        return progress.isEmpty();
    }
}
