package org.nadiya.flow.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.nadiya.flow.TransactionGraph;

/**
 * Fan-out (one account pays at least N distinct payees within the window) and fan-in (at least N distinct payers
 * pay one account). Counts only payments of at least minAmount. One alert per account: its busiest window.
 */
public final class FanDetector implements Detector {

    private final boolean out;

    public FanDetector(boolean out) {
        this.out = out;
    }

    @Override
    public Typology typology() {
        return out ? Typology.FAN_OUT : Typology.FAN_IN;
    }

    @Override
    public List<Alert> detect(TransactionGraph graph, Rules rules) {
        Rules.Fan rule = out ? rules.fanOut() : rules.fanIn();
        List<Alert> alerts = new ArrayList<>();
        if (!rule.enabled()) {
            return alerts;
        }
        var windows = new Windows(graph);
        int[] txs = new int[Windows.maxDegree(graph)];
        long seconds = rule.windowHours() * 3600;
        for (int a = 0; a < graph.accountCount(); a++) {
            int degree = out ? graph.outEnd(a) - graph.outStart(a) : graph.inEnd(a) - graph.inStart(a);
            if (degree < rule.minCounterparties()) {
                continue;
            }
            int n = Windows.collect(graph, a, out, tx -> graph.amount(tx) >= rule.minAmount(), txs);
            var best = windows.best(graph, txs, n, out, seconds, (d, c) -> d >= rule.minCounterparties());
            if (best != null) {
                alerts.add(alert(graph, rule, a, txs, best));
            }
        }
        return alerts;
    }

    private Alert alert(TransactionGraph graph, Rules.Fan rule, int a, int[] txs, Windows.Best best) {
        var accounts = new LinkedHashSet<Integer>();
        accounts.add(a);
        for (int k = best.start(); k < best.end(); k++) {
            accounts.add(out ? graph.to(txs[k]) : graph.from(txs[k]));
        }
        String total = Explain.money(Explain.sum(graph, txs, best.start(), best.end()));
        String who = Explain.account(graph, a);
        String uk = out
                ? "Рахунок %s за %d год. переказав кошти %d різним отримувачам (%d операцій, разом %s)."
                .formatted(who, rule.windowHours(), best.distinct(), best.count(), total)
                : "На рахунок %s за %d год. надійшли кошти від %d різних платників (%d операцій, разом %s)."
                .formatted(who, rule.windowHours(), best.distinct(), best.count(), total);
        String en = out
                ? "Account %s paid %d distinct payees within %d h (%d payments, %s in total)."
                .formatted(who, best.distinct(), rule.windowHours(), best.count(), total)
                : "Account %s received from %d distinct payers within %d h (%d payments, %s in total)."
                .formatted(who, best.distinct(), rule.windowHours(), best.count(), total);
        return new Alert(null, typology(), Alert.above(best.distinct(), rule.minCounterparties()),
                new ArrayList<>(accounts), Explain.list(txs, best.start(), best.end()),
                Map.of("windowHours", rule.windowHours(), "minCounterparties", rule.minCounterparties(),
                        "counterparties", best.distinct()), uk, en);
    }
}
