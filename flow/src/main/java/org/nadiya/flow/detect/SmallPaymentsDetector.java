package org.nadiya.flow.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.nadiya.flow.TransactionGraph;

/**
 * Many small payments from many distinct payers to one account within the window: at least minPayments payments
 * of at most maxAmount each, from at least minPayers payers (victims' "debts" and fees, exploitation income).
 */
public final class SmallPaymentsDetector implements Detector {

    @Override
    public Typology typology() {
        return Typology.SMALL_PAYMENTS;
    }

    @Override
    public List<Alert> detect(TransactionGraph graph, Rules rules) {
        Rules.SmallPayments rule = rules.smallPayments();
        List<Alert> alerts = new ArrayList<>();
        if (!rule.enabled()) {
            return alerts;
        }
        var windows = new Windows(graph);
        int[] txs = new int[Windows.maxDegree(graph)];
        for (int a = 0; a < graph.accountCount(); a++) {
            if (graph.inEnd(a) - graph.inStart(a) < Math.max(rule.minPayments(), rule.minPayers())) {
                continue;
            }
            int n = Windows.collect(graph, a, false, tx -> graph.amount(tx) <= rule.maxAmount(), txs);
            var best = windows.best(graph, txs, n, false, rule.windowHours() * 3600,
                    (d, c) -> d >= rule.minPayers() && c >= rule.minPayments());
            if (best == null) {
                continue;
            }
            var accounts = new LinkedHashSet<Integer>();
            accounts.add(a);
            for (int k = best.start(); k < best.end(); k++) {
                accounts.add(graph.from(txs[k]));
            }
            String who = Explain.account(graph, a);
            String total = Explain.money(Explain.sum(graph, txs, best.start(), best.end()));
            String limit = Explain.money(rule.maxAmount());
            alerts.add(new Alert(null, typology(),
                    Math.min(Alert.above(best.distinct(), rule.minPayers()), Alert.above(best.count(), rule.minPayments())),
                    new ArrayList<>(accounts), Explain.list(txs, best.start(), best.end()),
                    Map.of("windowHours", rule.windowHours(), "maxAmount", limit, "minPayers", rule.minPayers(),
                            "minPayments", rule.minPayments(), "payers", best.distinct(), "payments", best.count()),
                    ("На рахунок %s за %d год. надійшло %d дрібних платежів (до %s кожен) від %d різних платників,"
                            + " разом %s.").formatted(who, rule.windowHours(), best.count(), limit, best.distinct(),
                            total),
                    ("Account %s received %d small payments (up to %s each) from %d distinct payers within %d h,"
                            + " %s in total.").formatted(who, best.count(), limit, best.distinct(),
                            rule.windowHours(), total)));
        }
        return alerts;
    }
}
