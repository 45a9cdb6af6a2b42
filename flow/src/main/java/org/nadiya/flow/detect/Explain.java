package org.nadiya.flow.detect;

import org.nadiya.flow.Money;
import org.nadiya.flow.TransactionGraph;

/** Helpers for the plain-language explanations: amounts and account labels as analysts read them. */
final class Explain {

    private Explain() {
    }

    static String money(long minor) {
        return Money.format(minor);
    }

    static String account(TransactionGraph graph, int a) {
        String name = graph.accountName(a);
        return name == null ? graph.account(a) : graph.account(a) + " (" + name + ")";
    }

    static long sum(TransactionGraph graph, int[] txs, int from, int to) {
        long total = 0;
        for (int k = from; k < to; k++) {
            total += graph.amount(txs[k]);
        }
        return total;
    }

    static java.util.List<Integer> list(int[] txs, int from, int to) {
        var out = new java.util.ArrayList<Integer>(to - from);
        for (int k = from; k < to; k++) {
            out.add(txs[k]);
        }
        return out;
    }
}
