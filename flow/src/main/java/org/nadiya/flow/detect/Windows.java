package org.nadiya.flow.detect;

import org.nadiya.flow.TransactionGraph;

/**
 * Sliding time windows over one account's transactions (already in time order): for every window that starts at
 * one of the transactions and spans {@code seconds}, the number of transactions and of distinct counterparties.
 * A shared counter array (one slot per account, zero again after each call) avoids allocating per account.
 */
final class Windows {

    /** The best qualifying window: positions {@code [start, end)} in the list given. */
    record Best(int start, int end, int distinct, int count) {
    }

    interface Qualifies {
        boolean test(int distinct, int count);
    }

    private final int[] counts;

    Windows(TransactionGraph graph) {
        this.counts = new int[graph.accountCount()];
    }

    /** Windows over {@code txs[0..n)}; counterparty is the payee when {@code payees}, else the payer. */
    Best best(TransactionGraph graph, int[] txs, int n, boolean payees, long seconds, Qualifies qualifies) {
        Best best = null;
        int end = 0;
        int distinct = 0;
        for (int start = 0; start < n; start++) {
            long limit = graph.time(txs[start]) + seconds;
            while (end < n && graph.time(txs[end]) <= limit) {
                int c = payees ? graph.to(txs[end]) : graph.from(txs[end]);
                if (counts[c]++ == 0) {
                    distinct++;
                }
                end++;
            }
            int count = end - start;
            if (qualifies.test(distinct, count) && (best == null || distinct > best.distinct()
                    || distinct == best.distinct() && count > best.count())) {
                best = new Best(start, end, distinct, count);
            }
            int c = payees ? graph.to(txs[start]) : graph.from(txs[start]);
            if (--counts[c] == 0) {
                distinct--;
            }
        }
        return best;
    }

    /** Collects an account's outgoing (or incoming) transactions that pass {@code keep} into {@code into}. */
    static int collect(TransactionGraph graph, int account, boolean outgoing, java.util.function.IntPredicate keep,
                       int[] into) {
        int n = 0;
        int from = outgoing ? graph.outStart(account) : graph.inStart(account);
        int to = outgoing ? graph.outEnd(account) : graph.inEnd(account);
        for (int k = from; k < to; k++) {
            int tx = outgoing ? graph.outTx(k) : graph.inTx(k);
            if (keep.test(tx)) {
                into[n++] = tx;
            }
        }
        return n;
    }

    static int maxDegree(TransactionGraph graph) {
        int max = 0;
        for (int a = 0; a < graph.accountCount(); a++) {
            max = Math.max(max, Math.max(graph.outEnd(a) - graph.outStart(a), graph.inEnd(a) - graph.inStart(a)));
        }
        return max;
    }
}
