package org.nadiya.flow.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.nadiya.flow.TransactionGraph;

/**
 * Pass-through (mule) account: a receipt "passes" when what the account pays out within maxDelay after it is
 * between forwardRatio of it and it ÷ forwardRatio; the account is flagged when at least minEvents receipts
 * (each ≥ minAmount) pass.
 */
public final class PassThroughDetector implements Detector {

    @Override
    public Typology typology() {
        return Typology.PASS_THROUGH;
    }

    /** Forwarded "almost entirely": between ratio × and amount ÷ ratio, so one unrelated big payment does not count. */
    static boolean passes(long sent, long received, double ratio) {
        return sent >= ratio * received && sent * ratio <= received;
    }

    @Override
    public List<Alert> detect(TransactionGraph graph, Rules rules) {
        Rules.PassThrough rule = rules.passThrough();
        List<Alert> alerts = new ArrayList<>();
        if (!rule.enabled()) {
            return alerts;
        }
        long delay = rule.maxDelayHours() * 3600;
        long[] prefix = new long[Windows.maxDegree(graph) + 1];
        for (int m = 0; m < graph.accountCount(); m++) {
            int o0 = graph.outStart(m);
            int o1 = graph.outEnd(m);
            if (graph.inEnd(m) - graph.inStart(m) < rule.minEvents() || o1 == o0) {
                continue;
            }
            for (int k = o0; k < o1; k++) {
                prefix[k - o0 + 1] = prefix[k - o0] + graph.amount(graph.outTx(k));
            }
            List<Integer> passing = new ArrayList<>();
            List<Integer> forwarded = new ArrayList<>();
            long in = 0;
            long out = 0;
            int end = o0;
            for (int k = graph.inStart(m); k < graph.inEnd(m); k++) {
                int receipt = graph.inTx(k);
                if (graph.amount(receipt) < rule.minAmount()) {
                    continue;
                }
                int start = graph.outAfter(m, receipt);
                end = Math.max(end, start);
                while (end < o1 && graph.time(graph.outTx(end)) <= graph.time(receipt) + delay) {
                    end++;
                }
                long sent = prefix[end - o0] - prefix[start - o0];
                if (passes(sent, graph.amount(receipt), rule.forwardRatio())) {
                    passing.add(receipt);
                    in += graph.amount(receipt);
                    for (int p = start; p < end; p++) {
                        forwarded.add(graph.outTx(p));
                    }
                }
            }
            if (passing.size() >= rule.minEvents()) {
                alerts.add(alert(graph, rule, m, passing, forwarded, in));
            }
        }
        return alerts;
    }

    private Alert alert(TransactionGraph graph, Rules.PassThrough rule, int m, List<Integer> passing,
                        List<Integer> forwarded, long in) {
        var accounts = new LinkedHashSet<Integer>();
        accounts.add(m);
        var txs = new java.util.TreeSet<Integer>(passing);
        txs.addAll(forwarded);
        for (int tx : txs) {
            accounts.add(graph.from(tx) == m ? graph.to(tx) : graph.from(tx));
        }
        String who = Explain.account(graph, m);
        int percent = (int) Math.round(rule.forwardRatio() * 100);
        return new Alert(null, typology(), Alert.above(passing.size(), rule.minEvents()), new ArrayList<>(accounts),
                new ArrayList<>(txs),
                Map.of("maxDelayHours", rule.maxDelayHours(), "forwardRatio", rule.forwardRatio(),
                        "minEvents", rule.minEvents(), "events", passing.size()),
                ("Рахунок %s %d разів переказав далі щонайменше %d%% отриманих коштів протягом %d год. після"
                        + " надходження (разом отримано %s) — ознака транзитного рахунку («грошового мула»).")
                        .formatted(who, passing.size(), percent, rule.maxDelayHours(), Explain.money(in)),
                ("Account %s forwarded at least %d%% of a receipt within %d h of it %d times (%s received in"
                        + " total), a sign of a pass-through (mule) account.")
                        .formatted(who, percent, rule.maxDelayHours(), passing.size(), Explain.money(in)));
    }
}
