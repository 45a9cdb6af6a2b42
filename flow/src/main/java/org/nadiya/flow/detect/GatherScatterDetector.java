package org.nadiya.flow.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.nadiya.flow.TransactionGraph;

/**
 * Gather-scatter: within one window (starting at any of the account's transactions) an account receives from at
 * least minPayers distinct payers and pays at least minPayees distinct payees — a collection hub.
 */
public final class GatherScatterDetector implements Detector {

    @Override
    public Typology typology() {
        return Typology.GATHER_SCATTER;
    }

    @Override
    public List<Alert> detect(TransactionGraph graph, Rules rules) {
        Rules.GatherScatter rule = rules.gatherScatter();
        List<Alert> alerts = new ArrayList<>();
        if (!rule.enabled()) {
            return alerts;
        }
        int[] payerCount = new int[graph.accountCount()];
        int[] payeeCount = new int[graph.accountCount()];
        long seconds = rule.windowHours() * 3600;
        for (int m = 0; m < graph.accountCount(); m++) {
            int i0 = graph.inStart(m);
            int i1 = graph.inEnd(m);
            int o0 = graph.outStart(m);
            int o1 = graph.outEnd(m);
            // Distinct payers (payees) in a window need at least as many receipts (payments) in it: most accounts
            // fail this on the times alone, before any counterparty is counted.
            if (!dense(graph, i0, i1, false, rule.minPayers(), seconds)
                    || !dense(graph, o0, o1, true, rule.minPayees(), seconds)) {
                continue;
            }
            int inLo = i0;
            int inHi = i0;
            int outLo = o0;
            int outHi = o0;
            int payers = 0;
            int payees = 0;
            int bestScore = -1;
            long bestStart = 0;
            int ci = i0;
            int co = o0;
            while (ci < i1 || co < o1) {
                long t = Math.min(ci < i1 ? graph.time(graph.inTx(ci)) : Long.MAX_VALUE,
                        co < o1 ? graph.time(graph.outTx(co)) : Long.MAX_VALUE);
                while (ci < i1 && graph.time(graph.inTx(ci)) == t) {
                    ci++;
                }
                while (co < o1 && graph.time(graph.outTx(co)) == t) {
                    co++;
                }
                for (; inHi < i1 && graph.time(graph.inTx(inHi)) <= t + seconds; inHi++) {
                    payers += payerCount[graph.from(graph.inTx(inHi))]++ == 0 ? 1 : 0;
                }
                for (; inLo < inHi && graph.time(graph.inTx(inLo)) < t; inLo++) {
                    payers -= --payerCount[graph.from(graph.inTx(inLo))] == 0 ? 1 : 0;
                }
                for (; outHi < o1 && graph.time(graph.outTx(outHi)) <= t + seconds; outHi++) {
                    payees += payeeCount[graph.to(graph.outTx(outHi))]++ == 0 ? 1 : 0;
                }
                for (; outLo < outHi && graph.time(graph.outTx(outLo)) < t; outLo++) {
                    payees -= --payeeCount[graph.to(graph.outTx(outLo))] == 0 ? 1 : 0;
                }
                if (payers >= rule.minPayers() && payees >= rule.minPayees() && payers + payees > bestScore) {
                    bestScore = payers + payees;
                    bestStart = t;
                }
            }
            for (int k = inLo; k < inHi; k++) {
                payerCount[graph.from(graph.inTx(k))] = 0;
            }
            for (int k = outLo; k < outHi; k++) {
                payeeCount[graph.to(graph.outTx(k))] = 0;
            }
            if (bestScore >= 0) {
                alerts.add(alert(graph, rule, m, bestStart, bestStart + seconds));
            }
        }
        return alerts;
    }

    /** True when some window of {@code seconds} holds at least {@code count} of the account's CSR slice [from, to). */
    static boolean dense(TransactionGraph graph, int from, int to, boolean outgoing, int count, long seconds) {
        if (count <= 0) {
            return true;
        }
        for (int k = from; k + count - 1 < to; k++) {
            int first = outgoing ? graph.outTx(k) : graph.inTx(k);
            int last = outgoing ? graph.outTx(k + count - 1) : graph.inTx(k + count - 1);
            if (graph.time(last) - graph.time(first) <= seconds) {
                return true;
            }
        }
        return false;
    }

    private Alert alert(TransactionGraph graph, Rules.GatherScatter rule, int m, long from, long to) {
        var accounts = new LinkedHashSet<Integer>();
        accounts.add(m);
        List<Integer> txs = new ArrayList<>();
        var payers = new LinkedHashSet<Integer>();
        var payees = new LinkedHashSet<Integer>();
        long in = 0;
        long out = 0;
        for (int k = graph.inStart(m); k < graph.inEnd(m); k++) {
            int tx = graph.inTx(k);
            if (graph.time(tx) >= from && graph.time(tx) <= to) {
                txs.add(tx);
                payers.add(graph.from(tx));
                in += graph.amount(tx);
            }
        }
        for (int k = graph.outStart(m); k < graph.outEnd(m); k++) {
            int tx = graph.outTx(k);
            if (graph.time(tx) >= from && graph.time(tx) <= to) {
                txs.add(tx);
                payees.add(graph.to(tx));
                out += graph.amount(tx);
            }
        }
        txs.sort(null);
        accounts.addAll(payers);
        accounts.addAll(payees);
        String who = Explain.account(graph, m);
        return new Alert(null, typology(),
                Math.min(Alert.above(payers.size(), rule.minPayers()), Alert.above(payees.size(), rule.minPayees())),
                new ArrayList<>(accounts), txs,
                Map.of("windowHours", rule.windowHours(), "minPayers", rule.minPayers(), "minPayees", rule.minPayees(),
                        "payers", payers.size(), "payees", payees.size()),
                "Рахунок %s за %d год. зібрав %s від %d платників і розподілив %s між %d отримувачами."
                        .formatted(who, rule.windowHours(), Explain.money(in), payers.size(), Explain.money(out),
                                payees.size()),
                "Account %s collected %s from %d payers and paid out %s to %d payees within %d h."
                        .formatted(who, Explain.money(in), payers.size(), Explain.money(out), payees.size(),
                                rule.windowHours()));
    }
}
