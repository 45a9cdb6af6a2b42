package org.nadiya.flow.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.nadiya.flow.TransactionGraph;

/**
 * Structuring: at least minCount payments just below the threshold (in [threshold × (1 − margin), threshold))
 * in the rule's currency, sent by one account or received by one account within the window.
 */
public final class StructuringDetector implements Detector {

    @Override
    public Typology typology() {
        return Typology.STRUCTURING;
    }

    @Override
    public List<Alert> detect(TransactionGraph graph, Rules rules) {
        Rules.Structuring rule = rules.structuring();
        List<Alert> alerts = new ArrayList<>();
        if (!rule.enabled()) {
            return alerts;
        }
        long low = lowerBound(rule);
        var windows = new Windows(graph);
        int[] txs = new int[Windows.maxDegree(graph)];
        for (int a = 0; a < graph.accountCount(); a++) {
            for (boolean outgoing : new boolean[] {true, false}) {
                int n = Windows.collect(graph, a, outgoing, tx -> graph.amount(tx) >= low
                        && graph.amount(tx) < rule.thresholdMinor() && graph.currency(tx).equals(rule.currency()), txs);
                if (n < rule.minCount()) {
                    continue;
                }
                var best = windows.best(graph, txs, n, outgoing, rule.windowHours() * 3600,
                        (d, c) -> c >= rule.minCount());
                if (best != null) {
                    alerts.add(alert(graph, rule, a, outgoing, txs, best));
                }
            }
        }
        return alerts;
    }

    static long lowerBound(Rules.Structuring rule) {
        return (long) Math.ceil(rule.thresholdMinor() * (1 - rule.margin()));
    }

    private Alert alert(TransactionGraph graph, Rules.Structuring rule, int a, boolean outgoing, int[] txs,
                        Windows.Best best) {
        var accounts = new LinkedHashSet<Integer>();
        accounts.add(a);
        for (int k = best.start(); k < best.end(); k++) {
            accounts.add(outgoing ? graph.to(txs[k]) : graph.from(txs[k]));
        }
        String who = Explain.account(graph, a);
        String threshold = Explain.money(rule.thresholdMinor()) + " " + rule.currency();
        String total = Explain.money(Explain.sum(graph, txs, best.start(), best.end()));
        String uk = ("Рахунок %s за %d год. %s %d операцій на суми трохи нижче порогу %s (разом %s) — ознака"
                + " дроблення для уникнення фінансового моніторингу.").formatted(who, rule.windowHours(),
                outgoing ? "здійснив" : "отримав", best.count(), threshold, total);
        String en = ("Account %s %s %d payments just below the %s threshold within %d h (%s in total), a sign of"
                + " structuring to avoid reporting.").formatted(who, outgoing ? "sent" : "received", best.count(),
                threshold, rule.windowHours(), total);
        return new Alert(null, typology(), Alert.above(best.count(), rule.minCount()), new ArrayList<>(accounts),
                Explain.list(txs, best.start(), best.end()),
                Map.of("threshold", Explain.money(rule.thresholdMinor()), "currency", rule.currency(),
                        "margin", rule.margin(), "windowHours", rule.windowHours(), "minCount", rule.minCount(),
                        "count", best.count()), uk, en);
    }
}
