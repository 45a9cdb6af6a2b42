package org.nadiya.flow.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nadiya.flow.Money;
import org.nadiya.flow.TransactionGraph;
import org.nadiya.flow.detect.Alert;
import org.nadiya.flow.detect.Analysis;
import org.nadiya.flow.detect.Finding;
import org.nadiya.flow.generate.Plant;
import org.nadiya.flow.ingest.ImportError;
import org.nadiya.flow.ingest.ImportReport;
import org.nadiya.flow.learn.Ranking;
import org.nadiya.flow.learn.RankingModel;
import org.nadiya.flow.trace.TraceRequest;
import org.nadiya.flow.trace.TraceResult;

/** The JSON shapes of the command line's contract (docs/flow.md): analysis, trace, ground truth. */
public final class Reports {

    private Reports() {
    }

    public static Map<String, Object> analysis(TransactionGraph graph, List<ImportReport> imports,
                                               Analysis.Result result) {
        return analysis(graph, imports, result, null);
    }

    /**
     * With a learned ranking (may be null): findings ordered by the model's score ({@code score}; the rules' own in
     * {@code ruleScore}), and the ranked accounts with the features that raised each score.
     */
    public static Map<String, Object> analysis(TransactionGraph graph, List<ImportReport> imports,
                                               Analysis.Result result, Ranking ranking) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("summary", summary(graph, imports));
        List<Object> alerts = new ArrayList<>();
        for (Alert a : result.alerts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("typology", a.typology().key());
            m.put("score", Math.round(a.score() * 1000) / 1000.0);
            m.put("accounts", a.accounts().stream().map(graph::account).toList());
            m.put("transactions", a.transactions().stream().map(graph::id).toList());
            m.put("explanation", Map.of("uk", a.explanationUk(), "en", a.explanationEn()));
            m.put("parameters", new java.util.TreeMap<>(a.parameters()));
            alerts.add(m);
        }
        root.put("alerts", alerts);
        List<Finding> ordered = new ArrayList<>(result.findings());
        if (ranking != null) {
            ordered.sort(Comparator.comparingDouble((Finding f) -> -ranking.scoreOf(f.accounts())));
        }
        List<Object> findings = new ArrayList<>();
        for (Finding f : ordered) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("typologies", f.typologies().stream().map(t -> t.key()).toList());
            if (ranking != null) {
                m.put("score", Math.round(ranking.scoreOf(f.accounts()) * 1000) / 1000.0);
                m.put("ruleScore", Math.round(f.score() * 1000) / 1000.0);
            } else {
                m.put("score", Math.round(f.score() * 1000) / 1000.0);
            }
            m.put("accounts", f.accounts().stream().map(graph::account).toList());
            m.put("transactions", f.transactions().stream().map(graph::id).toList());
            m.put("alerts", f.alertIds());
            findings.add(m);
        }
        root.put("findings", findings);
        if (ranking != null) {
            root.put("model", model(ranking.model()));
            root.put("ranking", ranked(graph, result, ranking));
        }
        return root;
    }

    private static Map<String, Object> model(RankingModel model) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threshold", Math.round(model.threshold() * 1000) / 1000.0);
        m.put("features", model.features().size());
        m.put("trainedOn", new TreeMap<>(model.trainedOn()));
        return m;
    }

    private static List<Object> ranked(TransactionGraph graph, Analysis.Result result, Ranking ranking) {
        Map<Integer, List<String>> alertsOf = new HashMap<>();
        for (Alert a : result.alerts()) {
            for (int account : a.accounts()) {
                alertsOf.computeIfAbsent(account, k -> new ArrayList<>()).add(a.id());
            }
        }
        List<Object> out = new ArrayList<>();
        for (Ranking.Ranked r : ranking.accounts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("account", graph.account(r.account()));
            m.put("score", Math.round(r.score() * 1000) / 1000.0);
            m.put("flagged", r.flagged());
            m.put("alerts", alertsOf.getOrDefault(r.account(), List.of()));
            m.put("reasons", r.reasons().stream().map(reason -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("feature", reason.feature());
                x.put("value", reason.value());
                x.put("weight", reason.weight());
                x.put("explanation", Map.of("uk", reason.uk(), "en", reason.en()));
                return (Object) x;
            }).toList());
            out.add(m);
        }
        return out;
    }

    public static Map<String, Object> summary(TransactionGraph graph, List<ImportReport> imports) {
        Map<String, Object> s = new LinkedHashMap<>();
        int n = graph.transactionCount();
        s.put("transactions", n);
        s.put("accounts", graph.accountCount());
        s.put("from", n == 0 ? null : Instant.ofEpochSecond(graph.time(0)).toString());
        s.put("to", n == 0 ? null : Instant.ofEpochSecond(graph.time(n - 1)).toString());
        s.put("skipped", imports.stream().mapToLong(ImportReport::skipped).sum());
        List<Object> inputs = new ArrayList<>();
        for (ImportReport r : imports) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", r.source());
            m.put("format", r.format());
            m.put("imported", r.imported());
            m.put("skipped", r.skipped());
            m.put("skippedRows", rows(r.errors()));
            if (!r.owners().isEmpty()) {
                m.put("accounts", r.owners());
            }
            if (r.noted() > 0) {
                m.put("noted", r.noted());
                m.put("notes", rows(r.notes()));
            }
            inputs.add(m);
        }
        s.put("inputs", inputs);
        return s;
    }

    private static List<Object> rows(List<ImportError> rows) {
        return rows.stream().map(e -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("row", e.row());
            x.put("column", e.column());
            x.put("code", e.code());
            x.put("reason", e.reason());
            return (Object) x;
        }).toList();
    }

    public static Map<String, Object> trace(TransactionGraph graph, TraceRequest request, TraceResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("origin", result.origin());
        root.put("direction", request.direction().name().toLowerCase(java.util.Locale.ROOT));
        root.put("method", request.method().name().toLowerCase(java.util.Locale.ROOT));
        root.put("hops", request.hops());
        root.put("traced", Money.toDecimal(result.tracedMinor()));
        root.put("flows", result.flows().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("from", f.from());
            m.put("to", f.to());
            m.put("timestamp", Instant.ofEpochSecond(f.time()).toString());
            if (graph.dateOnly(f.tx())) {
                m.put("date", Instant.ofEpochSecond(f.time()).toString().substring(0, 10));
            }
            m.put("amount", Money.toDecimal(f.amountMinor()));
            m.put("attributed", Money.toDecimal(f.attributedMinor()));
            m.put("hop", f.hop());
            return m;
        }).toList());
        root.put("terminals", result.terminals().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("account", t.account());
            m.put("amount", Money.toDecimal(t.amountMinor()));
            m.put("hopLimit", t.hopLimit());
            return m;
        }).toList());
        root.put("paths", result.paths().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("accounts", p.accounts());
            m.put("amount", Money.toDecimal(p.minor()));
            return m;
        }).toList());
        return root;
    }

    public static Map<String, Object> groundTruth(List<Plant> plants) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("plants", plants.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("typology", p.typology().key());
            m.put("accounts", p.accounts());
            m.put("transactions", p.transactions());
            m.put("alsoShows", p.implies().stream().map(t -> t.key()).sorted().toList());
            return m;
        }).toList());
        return root;
    }
}
