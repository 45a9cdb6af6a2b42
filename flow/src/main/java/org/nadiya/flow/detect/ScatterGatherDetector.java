package org.nadiya.flow.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.nadiya.flow.TransactionGraph;

/**
 * Scatter-gather: S pays intermediaries M, and each M, within the window after receiving, pays T an amount within
 * the tolerance of what it received; flagged when at least minIntermediaries distinct M link the same S and T.
 */
public final class ScatterGatherDetector implements Detector {

    @Override
    public Typology typology() {
        return Typology.SCATTER_GATHER;
    }

    /** For payment S→M, the M→T payments that continue it. */
    static boolean continues(TransactionGraph graph, int first, int second, long seconds, double tolerance) {
        return second > first && graph.time(second) - graph.time(first) <= seconds
                && Math.abs(graph.amount(second) - graph.amount(first)) <= tolerance * graph.amount(first);
    }

    @Override
    public List<Alert> detect(TransactionGraph graph, Rules rules) {
        Rules.ScatterGather rule = rules.scatterGather();
        List<Alert> alerts = new ArrayList<>();
        if (!rule.enabled()) {
            return alerts;
        }
        long seconds = rule.windowHours() * 3600;
        for (int s = 0; s < graph.accountCount(); s++) {
            if (graph.outEnd(s) - graph.outStart(s) < rule.minIntermediaries()) {
                continue;
            }
            // sink T → intermediary M → the transactions linking them
            Map<Integer, Map<Integer, List<Integer>>> sinks = new HashMap<>();
            for (int k = graph.outStart(s); k < graph.outEnd(s); k++) {
                int first = graph.outTx(k);
                int m = graph.to(first);
                if (m == s) {
                    continue;
                }
                for (int p = graph.outAfter(m, first); p < graph.outEnd(m); p++) {
                    int second = graph.outTx(p);
                    if (graph.time(second) - graph.time(first) > seconds) {
                        break;
                    }
                    int t = graph.to(second);
                    if (t != s && t != m && continues(graph, first, second, seconds, rule.amountTolerance())) {
                        var links = sinks.computeIfAbsent(t, x -> new LinkedHashMap<>())
                                .computeIfAbsent(m, x -> new ArrayList<>());
                        links.add(first);
                        links.add(second);
                    }
                }
            }
            for (var sink : sinks.entrySet()) {
                if (sink.getValue().size() >= rule.minIntermediaries()) {
                    alerts.add(alert(graph, rule, s, sink.getKey(), sink.getValue()));
                }
            }
        }
        return alerts;
    }

    private Alert alert(TransactionGraph graph, Rules.ScatterGather rule, int s, int t, Map<Integer, List<Integer>> via) {
        var accounts = new LinkedHashSet<Integer>();
        accounts.add(s);
        accounts.addAll(via.keySet());
        accounts.add(t);
        var txs = new java.util.TreeSet<Integer>();
        via.values().forEach(txs::addAll);
        String from = Explain.account(graph, s);
        String to = Explain.account(graph, t);
        return new Alert(null, typology(), Alert.above(via.size(), rule.minIntermediaries()),
                new ArrayList<>(accounts), new ArrayList<>(txs),
                Map.of("windowHours", rule.windowHours(), "minIntermediaries", rule.minIntermediaries(),
                        "amountTolerance", rule.amountTolerance(), "intermediaries", via.size()),
                ("Кошти з рахунку %s розійшлися через %d проміжних рахунків і протягом %d год. зійшлися на рахунку %s"
                        + " у близьких сумах.").formatted(from, via.size(), rule.windowHours(), to),
                ("Money from account %s was split across %d intermediary accounts and came together again at"
                        + " account %s within %d h in similar amounts.").formatted(from, via.size(), to,
                        rule.windowHours()));
    }
}
