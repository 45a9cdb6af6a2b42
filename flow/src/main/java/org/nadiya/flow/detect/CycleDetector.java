package org.nadiya.flow.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nadiya.flow.TransactionGraph;

/**
 * Temporal cycles of length 2..maxLength: payments e1..eL where each starts where the previous ended, each is
 * later than the previous, the last returns to the first payer, all within the window of e1, no account twice,
 * and every amount within the tolerance of e1's. Each cycle is found once, from its first payment. The search
 * stops after maxCycles cycles (stated in the alert) so a dense block cannot run away.
 */
public final class CycleDetector implements Detector {

    @Override
    public Typology typology() {
        return Typology.CYCLE;
    }

    @Override
    public List<Alert> detect(TransactionGraph graph, Rules rules) {
        Rules.Cycle rule = rules.cycle();
        List<Alert> alerts = new ArrayList<>();
        if (!rule.enabled()) {
            return alerts;
        }
        var search = new Search(graph, rule, alerts);
        for (int e = 0; e < graph.transactionCount() && alerts.size() < rule.maxCycles(); e++) {
            if (graph.from(e) != graph.to(e)) {
                search.from(e);
            }
        }
        return alerts;
    }

    private final class Search {
        private final TransactionGraph graph;
        private final Rules.Cycle rule;
        private final List<Alert> alerts;
        private final int[] path;
        private final boolean[] onPath;

        Search(TransactionGraph graph, Rules.Cycle rule, List<Alert> alerts) {
            this.graph = graph;
            this.rule = rule;
            this.alerts = alerts;
            this.path = new int[rule.maxLength()];
            this.onPath = new boolean[graph.accountCount()];
        }

        void from(int first) {
            path[0] = first;
            onPath[graph.from(first)] = true;
            onPath[graph.to(first)] = true;
            extend(1);
            onPath[graph.from(first)] = false;
            onPath[graph.to(first)] = false;
        }

        private void extend(int length) {
            int first = path[0];
            int last = path[length - 1];
            int start = graph.from(first);
            int at = graph.to(last);
            long limit = graph.time(first) + rule.windowHours() * 3600;
            long amount = graph.amount(first);
            for (int k = graph.outAfter(at, last); k < graph.outEnd(at) && alerts.size() < rule.maxCycles(); k++) {
                int next = graph.outTx(k);
                if (graph.time(next) > limit) {
                    break;
                }
                if (Math.abs(graph.amount(next) - amount) > rule.amountTolerance() * amount) {
                    continue;
                }
                int to = graph.to(next);
                path[length] = next;
                if (to == start) {
                    alerts.add(alert(length + 1));
                } else if (!onPath[to] && length + 1 < rule.maxLength()) {
                    onPath[to] = true;
                    extend(length + 1);
                    onPath[to] = false;
                }
            }
        }

        private Alert alert(int length) {
            List<Integer> accounts = new ArrayList<>();
            List<Integer> txs = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                accounts.add(graph.from(path[i]));
                txs.add(path[i]);
            }
            long hours = (graph.time(path[length - 1]) - graph.time(path[0]) + 3599) / 3600;
            String start = Explain.account(graph, accounts.get(0));
            String amount = Explain.money(graph.amount(path[0]));
            return new Alert(null, Typology.CYCLE, Math.min(1, 0.6 + 0.1 * (rule.maxLength() - length)),
                    accounts, txs,
                    Map.of("windowHours", rule.windowHours(), "maxLength", rule.maxLength(),
                            "amountTolerance", rule.amountTolerance(), "length", length),
                    "Кошти (%s) вийшли з рахунку %s і повернулися на нього через %d переказів за %d год."
                            .formatted(amount, start, length, hours),
                    "Money (%s) left account %s and came back to it through %d transfers within %d h."
                            .formatted(amount, start, length, hours));
        }
    }
}
