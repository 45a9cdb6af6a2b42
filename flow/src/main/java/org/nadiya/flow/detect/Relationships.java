package org.nadiya.flow.detect;

import java.util.Arrays;

import org.nadiya.flow.TransactionGraph;

/**
 * Every transfer classed by its relationship (payer → payee) over the whole data: <b>one-off</b> (the pair's only
 * transfer), <b>intense</b> (the pair's busiest window at one of the burst scales holds unusually many transfers
 * among all pairs: robust z ≥ the cutoff) or <b>recurring</b> (neither: standing orders, salaries, family support).
 * Laundering moves money over new or suddenly intense relationships; recurring ones explain ordinary traffic.
 */
final class Relationships {

    private final int[] pairCount;
    private final byte[] intenseScale;
    private final Unusual[] pairs;
    private final long[] scales;

    private final double cutoff;

    private Relationships(int[] pairCount, byte[] intenseScale, Unusual[] pairs, long[] scales, double cutoff) {
        this.cutoff = cutoff;
        this.pairCount = pairCount;
        this.intenseScale = intenseScale;
        this.pairs = pairs;
        this.scales = scales;
    }

    static Relationships of(TransactionGraph graph, Rules.Calibration rule) {
        int n = graph.transactionCount();
        long[] scales = rule.burstSeconds();
        int[] pairCount = new int[n];
        int[] counts = new int[graph.accountCount()];
        int maxDegree = 0;
        for (int a = 0; a < graph.accountCount(); a++) {
            int o0 = graph.outStart(a);
            int o1 = graph.outEnd(a);
            maxDegree = Math.max(maxDegree, o1 - o0);
            for (int k = o0; k < o1; k++) {
                counts[graph.to(graph.outTx(k))]++;
            }
            for (int k = o0; k < o1; k++) {
                pairCount[graph.outTx(k)] = counts[graph.to(graph.outTx(k))];
            }
            for (int k = o0; k < o1; k++) {
                counts[graph.to(graph.outTx(k))] = 0;
            }
        }
        // Pass 1: the busiest window of every pair at every finite scale, as histograms over pairs.
        long[][] histograms = new long[scales.length][];
        for (int s = 0; s < scales.length; s++) {
            histograms[s] = new long[Math.max(2, maxDegree + 1)];
        }
        long[] keys = new long[maxDegree];
        int[] best = new int[scales.length];
        long oneOff = 0;
        for (int tx = 0; tx < n; tx++) {
            oneOff += pairCount[tx] == 1 ? 1 : 0;
        }
        for (int s = 0; s < scales.length; s++) {
            if (histograms[s] != null && histograms[s].length > 1) {
                histograms[s][1] += oneOff;
            }
        }
        for (int a = 0; a < graph.accountCount(); a++) {
            int runs = sortedByPayee(graph, a, pairCount, keys);
            for (int start = 0; start < runs; ) {
                int end = runEnd(keys, start, runs);
                busiest(graph, keys, start, end, scales, best);
                for (int s = 0; s < scales.length; s++) {
                    histograms[s][best[s]]++;
                }
                start = end;
            }
        }
        Unusual[] pairs = new Unusual[scales.length];
        for (int s = 0; s < scales.length; s++) {
            pairs[s] = Unusual.of(histograms[s]);
        }
        // Pass 2: mark the transfers of intense pairs with the shortest scale at which the pair is intense.
        double cutoff = Unusual.cutoff(rule.cutoff(), pairs.length == 0 ? 1 : pairs[0].n() * scales.length);
        byte[] intenseScale = new byte[n];
        Arrays.fill(intenseScale, (byte) -1);
        for (int a = 0; a < graph.accountCount(); a++) {
            int runs = sortedByPayee(graph, a, pairCount, keys);
            for (int start = 0; start < runs; ) {
                int end = runEnd(keys, start, runs);
                busiest(graph, keys, start, end, scales, best);
                int shortest = -1;
                long length = Long.MAX_VALUE;
                for (int s = 0; s < scales.length; s++) {
                    if (pairs[s].z(best[s]) >= cutoff && scales[s] < length) {
                        shortest = s;
                        length = scales[s];
                    }
                }
                if (shortest >= 0) {
                    for (int i = start; i < end; i++) {
                        intenseScale[(int) keys[i]] = (byte) shortest;
                    }
                }
                start = end;
            }
        }
        return new Relationships(pairCount, intenseScale, pairs, scales, cutoff);
    }

    /**
     * Puts a's payments on pairs with at least two transfers into {@code keys} as payee &lt;&lt; 32 | transaction,
     * sorted (so by payee, then time); returns how many.
     */
    private static int sortedByPayee(TransactionGraph graph, int a, int[] pairCount, long[] keys) {
        int n = 0;
        for (int k = graph.outStart(a); k < graph.outEnd(a); k++) {
            int tx = graph.outTx(k);
            if (pairCount[tx] > 1) {
                keys[n++] = (long) graph.to(tx) << 32 | tx;
            }
        }
        Arrays.sort(keys, 0, n);
        return n;
    }

    private static int runEnd(long[] keys, int start, int n) {
        int end = start + 1;
        while (end < n && keys[end] >>> 32 == keys[start] >>> 32) {
            end++;
        }
        return end;
    }

    /** The most transfers of one pair (keys[start..end), in time order) inside a window of each scale. */
    static void busiest(TransactionGraph graph, long[] keys, int start, int end, long[] scales, int[] best) {
        for (int s = 0; s < scales.length; s++) {
            int most = 0;
            int hi = start;
            for (int lo = start; lo < end; lo++) {
                long limit = saturatedAdd(graph.time((int) keys[lo]), scales[s]);
                while (hi < end && graph.time((int) keys[hi]) <= limit) {
                    hi++;
                }
                most = Math.max(most, hi - lo);
            }
            best[s] = most;
        }
    }

    static long saturatedAdd(long time, long seconds) {
        return seconds == Long.MAX_VALUE || time > Long.MAX_VALUE - seconds ? Long.MAX_VALUE : time + seconds;
    }

    /** How many transfers the transaction's payer → payee pair has in the data. */
    int pairCount(int tx) {
        return pairCount[tx];
    }

    boolean oneOff(int tx) {
        return pairCount[tx] == 1;
    }

    /** The index of the shortest scale at which the transaction's pair is intense, or -1. */
    int intenseScale(int tx) {
        return intenseScale[tx];
    }

    boolean recurring(int tx) {
        return pairCount[tx] > 1 && intenseScale[tx] < 0;
    }

    /** The cutoff the pairs' z had to reach (the rule's, raised for the number of pairs and scales). */
    double cutoff() {
        return cutoff;
    }

    /** The distribution of pairs' busiest windows at burst scale {@code s}. */
    Unusual pairs(int s) {
        return pairs[s];
    }

    /** The busiest window of the pair of {@code tx} at scale s: how many of its transfers. */
    int busiest(TransactionGraph graph, int tx, int s) {
        int payer = graph.from(tx);
        int payee = graph.to(tx);
        int[] times = new int[0];
        int n = 0;
        for (int k = graph.outStart(payer); k < graph.outEnd(payer); k++) {
            if (graph.to(graph.outTx(k)) == payee) {
                if (n == times.length) {
                    times = Arrays.copyOf(times, Math.max(8, 2 * n));
                }
                times[n++] = graph.outTx(k);
            }
        }
        int most = 0;
        int hi = 0;
        for (int lo = 0; lo < n; lo++) {
            long limit = saturatedAdd(graph.time(times[lo]), scales[s]);
            while (hi < n && graph.time(times[hi]) <= limit) {
                hi++;
            }
            most = Math.max(most, hi - lo);
        }
        return most;
    }
}
