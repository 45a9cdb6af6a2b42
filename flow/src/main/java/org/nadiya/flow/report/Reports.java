package org.nadiya.flow.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nadiya.flow.Money;
import org.nadiya.flow.TransactionGraph;
import org.nadiya.flow.detect.Alert;
import org.nadiya.flow.detect.Analysis;
import org.nadiya.flow.detect.Finding;
import org.nadiya.flow.generate.Plant;
import org.nadiya.flow.ingest.ImportError;
import org.nadiya.flow.ingest.ImportReport;
import org.nadiya.flow.trace.TraceRequest;
import org.nadiya.flow.trace.TraceResult;

/** The JSON shapes of the command line's contract (docs/flow.md): analysis, trace, ground truth. */
public final class Reports {

    private Reports() {
    }

    public static Map<String, Object> analysis(TransactionGraph graph, List<ImportReport> imports,
                                               Analysis.Result result) {
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
        List<Object> findings = new ArrayList<>();
        for (Finding f : result.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("typologies", f.typologies().stream().map(t -> t.key()).toList());
            m.put("score", Math.round(f.score() * 1000) / 1000.0);
            m.put("accounts", f.accounts().stream().map(graph::account).toList());
            m.put("transactions", f.transactions().stream().map(graph::id).toList());
            m.put("alerts", f.alertIds());
            findings.add(m);
        }
        root.put("findings", findings);
        return root;
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
