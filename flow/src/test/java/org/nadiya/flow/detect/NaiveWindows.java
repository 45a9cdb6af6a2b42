package org.nadiya.flow.detect;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.nadiya.flow.TransactionGraph;

/**
 * Reference implementations of the window typologies: every transaction list is found by scanning all
 * transactions, every window by brute force. Slow and obviously right.
 */
final class NaiveWindows {

    private NaiveWindows() {
    }

    /** account → most distinct counterparties in any window that starts at one of its kept transactions and qualifies. */
    static Map<Integer, Integer> bestDistinct(TransactionGraph g, boolean outgoing, IntPredicate keep, long seconds,
                                              Windows.Qualifies qualifies) {
        Map<Integer, Integer> flagged = new HashMap<>();
        for (int a = 0; a < g.accountCount(); a++) {
            for (int s = 0; s < g.transactionCount(); s++) {
                if (!mine(g, s, a, outgoing) || !keep.test(s)) {
                    continue;
                }
                Set<Integer> others = new HashSet<>();
                int count = 0;
                for (int t = 0; t < g.transactionCount(); t++) {
                    if (mine(g, t, a, outgoing) && keep.test(t) && g.time(t) >= g.time(s)
                            && g.time(t) <= g.time(s) + seconds) {
                        others.add(outgoing ? g.to(t) : g.from(t));
                        count++;
                    }
                }
                if (qualifies.test(others.size(), count)) {
                    flagged.merge(a, others.size(), Math::max);
                }
            }
        }
        return flagged;
    }

    static boolean mine(TransactionGraph g, int tx, int a, boolean outgoing) {
        return outgoing ? g.from(tx) == a : g.to(tx) == a;
    }

    static Set<Integer> gatherScatter(TransactionGraph g, Rules.GatherScatter rule) {
        Set<Integer> flagged = new HashSet<>();
        long seconds = rule.windowHours() * 3600;
        for (int m = 0; m < g.accountCount(); m++) {
            for (int s = 0; s < g.transactionCount(); s++) {
                if (g.from(s) != m && g.to(s) != m) {
                    continue;
                }
                Set<Integer> payers = new HashSet<>();
                Set<Integer> payees = new HashSet<>();
                for (int t = 0; t < g.transactionCount(); t++) {
                    if (g.time(t) >= g.time(s) && g.time(t) <= g.time(s) + seconds) {
                        if (g.to(t) == m) {
                            payers.add(g.from(t));
                        }
                        if (g.from(t) == m) {
                            payees.add(g.to(t));
                        }
                    }
                }
                if (payers.size() >= rule.minPayers() && payees.size() >= rule.minPayees()) {
                    flagged.add(m);
                }
            }
        }
        return flagged;
    }

    /** account → number of receipts that pass through. */
    static Map<Integer, Integer> passThrough(TransactionGraph g, Rules.PassThrough rule) {
        Map<Integer, Integer> flagged = new HashMap<>();
        for (int m = 0; m < g.accountCount(); m++) {
            int events = 0;
            for (int r = 0; r < g.transactionCount(); r++) {
                if (g.to(r) != m || g.amount(r) < rule.minAmount()) {
                    continue;
                }
                long sent = 0;
                for (int p = r + 1; p < g.transactionCount(); p++) {
                    if (g.from(p) == m && g.time(p) <= g.time(r) + rule.maxDelayHours() * 3600) {
                        sent += g.amount(p);
                    }
                }
                if (sent >= rule.forwardRatio() * g.amount(r) && sent * rule.forwardRatio() <= g.amount(r)) {
                    events++;
                }
            }
            if (events >= rule.minEvents()) {
                flagged.put(m, events);
            }
        }
        return flagged;
    }

    static Set<Integer> highRisk(TransactionGraph g, Rules.HighRisk rule) {
        Set<Integer> flagged = new HashSet<>();
        for (int t = 0; t < g.transactionCount(); t++) {
            boolean from = rule.countries().contains(String.valueOf(g.accountCountry(g.from(t))));
            boolean to = rule.countries().contains(String.valueOf(g.accountCountry(g.to(t))));
            if (from != to && g.amount(t) >= rule.minAmount()) {
                flagged.add(t);
            }
        }
        return flagged;
    }
}
