package org.nadiya.flow.trace;

import java.util.Arrays;

import org.nadiya.flow.Money;
import org.nadiya.flow.TransactionGraph;

/**
 * One account's history up to the trace's end, merged in time order, with the FIFO matching of its receipts
 * to its payments. Money paid out beyond what was received came from the unknown opening balance and is
 * matched to nothing. FIFO pairs are ordered by receipt and by payment at once (the matching is a merge).
 */
final class Ledger {

    private final TransactionGraph graph;
    private final int account;
    private final int until;
    private int[] pairIn = new int[8];
    private int[] pairOut = new int[8];
    private long[] pairAmount = new long[8];
    private int pairs;

    Ledger(TransactionGraph graph, int account, int untilTx) {
        this.graph = graph;
        this.account = account;
        this.until = untilTx;
        matchFifo();
    }

    private void matchFifo() {
        int in = graph.inStart(account);
        int inEnd = graph.inEnd(account);
        int out = graph.outStart(account);
        int outEnd = graph.outEnd(account);
        int[] lots = new int[Math.max(1, inEnd - in)];
        long[] left = new long[lots.length];
        int head = 0;
        int tail = 0;
        while (out < outEnd && graph.outTx(out) <= until) {
            int payment = graph.outTx(out);
            while (in < inEnd && graph.inTx(in) < payment) {
                int receipt = graph.inTx(in++);
                if (graph.from(receipt) != account) {
                    lots[tail] = receipt;
                    left[tail++] = graph.amount(receipt);
                }
            }
            long need = graph.to(payment) == account ? 0 : graph.amount(payment);
            while (need > 0 && head < tail) {
                long take = Math.min(need, left[head]);
                add(lots[head], payment, take);
                need -= take;
                left[head] -= take;
                if (left[head] == 0) {
                    head++;
                }
            }
            out++;
        }
    }

    private void add(int receipt, int payment, long amount) {
        if (pairs == pairIn.length) {
            pairIn = Arrays.copyOf(pairIn, pairs * 2);
            pairOut = Arrays.copyOf(pairOut, pairs * 2);
            pairAmount = Arrays.copyOf(pairAmount, pairs * 2);
        }
        pairIn[pairs] = receipt;
        pairOut[pairs] = payment;
        pairAmount[pairs++] = amount;
    }

    /** FIFO forward: the payments that carried away receipt {@code tx}, {@code traced} of whose amount is followed. */
    void forwardFifo(int tx, long traced, Shares out) {
        long whole = graph.amount(tx);
        for (int p = lowerBound(pairIn, tx); p < pairs && pairIn[p] == tx; p++) {
            out.add(pairOut[p], Money.share(pairAmount[p], traced, whole));
        }
    }

    /** FIFO backward: the receipts that funded payment {@code tx}, {@code traced} of whose amount is followed. */
    void backwardFifo(int tx, long traced, Shares out) {
        long whole = graph.amount(tx);
        for (int p = lowerBound(pairOut, tx); p < pairs && pairOut[p] == tx; p++) {
            out.add(pairIn[p], Money.share(pairAmount[p], traced, whole));
        }
    }

    /**
     * Proportional forward: every later payment carries the followed money's share of the balance at that time.
     * The balance before the receipt is the running balance (never below zero) of the known history.
     */
    void forwardProportional(int tx, long traced, Shares out) {
        long balance = 0;
        long followed = 0;
        boolean started = false;
        int in = graph.inStart(account);
        int inEnd = graph.inEnd(account);
        int o = graph.outStart(account);
        int oEnd = graph.outEnd(account);
        while (in < inEnd || o < oEnd) {
            int nextIn = in < inEnd ? graph.inTx(in) : Integer.MAX_VALUE;
            int nextOut = o < oEnd ? graph.outTx(o) : Integer.MAX_VALUE;
            if (Math.min(nextIn, nextOut) > until || started && followed == 0) {
                break;
            }
            if (nextIn <= nextOut) {
                in++;
                if (graph.from(nextIn) == account) {
                    continue;
                }
                balance += graph.amount(nextIn);
                if (nextIn == tx) {
                    started = true;
                    followed = traced;
                }
            } else {
                o++;
                long take = Math.min(graph.amount(nextOut), balance);
                if (take <= 0 || graph.to(nextOut) == account) {
                    continue;
                }
                if (started) {
                    long share = Money.share(followed, take, balance);
                    followed -= share;
                    out.add(nextOut, share);
                }
                balance -= take;
                followed = Math.min(followed, balance);
            }
        }
    }

    /** Proportional backward: the receipts still in the balance when payment {@code tx} left, by share. */
    void backwardProportional(int tx, long traced, Shares out) {
        int in = graph.inStart(account);
        int inEnd = graph.inEnd(account);
        int count = 0;
        while (in + count < inEnd && graph.inTx(in + count) < tx) {
            count++;
        }
        int[] lots = new int[Math.max(count, 1)];
        long[] left = new long[lots.length];
        int n = 0;
        int o = graph.outStart(account);
        int oEnd = graph.outEnd(account);
        int i = in;
        while (true) {
            int nextIn = i < in + count ? graph.inTx(i) : Integer.MAX_VALUE;
            int nextOut = o < oEnd ? graph.outTx(o) : Integer.MAX_VALUE;
            if (nextOut > tx && nextIn > tx) {
                break;
            }
            if (nextIn < nextOut) {
                i++;
                if (graph.from(nextIn) != account) {
                    lots[n] = nextIn;
                    left[n++] = graph.amount(nextIn);
                }
                continue;
            }
            o++;
            if (graph.to(nextOut) == account) {
                continue;
            }
            long balance = 0;
            for (int k = 0; k < n; k++) {
                balance += left[k];
            }
            long take = Math.min(graph.amount(nextOut), balance);
            if (take <= 0) {
                continue;
            }
            for (int k = 0; k < n; k++) {
                long share = Money.share(left[k], take, balance);
                if (nextOut == tx) {
                    out.add(lots[k], Money.share(share, traced, graph.amount(tx)));
                }
                left[k] -= share;
            }
            if (nextOut == tx) {
                break;
            }
        }
    }

    private int lowerBound(int[] keys, int key) {
        int lo = 0;
        int hi = pairs;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Receives (transaction, amount) shares. */
    interface Shares {
        void add(int tx, long amount);
    }
}
