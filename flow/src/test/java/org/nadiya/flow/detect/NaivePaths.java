package org.nadiya.flow.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.nadiya.flow.TransactionGraph;

/** Reference implementations of the path and block typologies by exhaustive search over all transactions. */
final class NaivePaths {

    private NaivePaths() {
    }

    /** (S, T) → distinct intermediaries. */
    static Map<List<Integer>, Integer> scatterGather(TransactionGraph g, Rules.ScatterGather rule) {
        Map<List<Integer>, Set<Integer>> via = new HashMap<>();
        for (int a = 0; a < g.transactionCount(); a++) {
            for (int b = 0; b < g.transactionCount(); b++) {
                int s = g.from(a);
                int m = g.to(a);
                int t = g.to(b);
                if (g.from(b) == m && s != m && t != s && t != m && b > a
                        && g.time(b) - g.time(a) <= rule.windowHours() * 3600
                        && Math.abs(g.amount(b) - g.amount(a)) <= rule.amountTolerance() * g.amount(a)) {
                    via.computeIfAbsent(List.of(s, t), k -> new HashSet<>()).add(m);
                }
            }
        }
        Map<List<Integer>, Integer> flagged = new HashMap<>();
        via.forEach((pair, ms) -> {
            if (ms.size() >= rule.minIntermediaries()) {
                flagged.put(pair, ms.size());
            }
        });
        return flagged;
    }

    static Set<List<Integer>> cycles(TransactionGraph g, Rules.Cycle rule) {
        Set<List<Integer>> found = new HashSet<>();
        for (int e = 0; e < g.transactionCount(); e++) {
            if (g.from(e) != g.to(e)) {
                List<Integer> path = new ArrayList<>(List.of(e));
                extend(g, rule, path, found);
            }
        }
        return found;
    }

    private static void extend(TransactionGraph g, Rules.Cycle rule, List<Integer> path, Set<List<Integer>> found) {
        int first = path.get(0);
        int last = path.get(path.size() - 1);
        for (int next = last + 1; next < g.transactionCount(); next++) {
            if (g.from(next) != g.to(last) || g.time(next) > g.time(first) + rule.windowHours() * 3600
                    || Math.abs(g.amount(next) - g.amount(first)) > rule.amountTolerance() * g.amount(first)) {
                continue;
            }
            Set<Integer> visited = new HashSet<>();
            for (int tx : path) {
                visited.add(g.from(tx));
            }
            path.add(next);
            if (g.to(next) == g.from(first)) {
                found.add(List.copyOf(path));
            } else if (!visited.contains(g.to(next)) && path.size() < rule.maxLength()) {
                extend(g, rule, path, found);
            }
            path.remove(path.size() - 1);
        }
    }

    /** Longest stack chain ending at each transaction. */
    static int[] chainLengths(TransactionGraph g, Rules.Stack rule) {
        int[] length = new int[g.transactionCount()];
        for (int e = 0; e < g.transactionCount(); e++) {
            length[e] = 1;
            for (int f = 0; f < e; f++) {
                if (g.to(f) == g.from(e)
                        && StackDetector.follows(g, f, e, rule.maxGapHours() * 3600, rule.amountTolerance())) {
                    length[e] = Math.max(length[e], length[f] + 1);
                }
            }
        }
        return length;
    }

    static Set<List<List<Integer>>> bipartite(TransactionGraph g, Rules.Bipartite rule) {
        int n = g.accountCount();
        List<Set<Integer>> payees = new ArrayList<>();
        List<Set<Integer>> payers = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            payees.add(new TreeSet<>());
            payers.add(new TreeSet<>());
        }
        for (int t = 0; t < g.transactionCount(); t++) {
            payees.get(g.from(t)).add(g.to(t));
            payers.get(g.to(t)).add(g.from(t));
        }
        Set<List<List<Integer>>> blocks = new HashSet<>();
        for (int x = 0; x < n; x++) {
            Set<Integer> p = payees.get(x);
            if (p.size() < rule.minPayees() || p.size() > rule.maxDegree()) {
                continue;
            }
            long needed = Math.max(rule.minPayees(), (long) Math.ceil(rule.minDensity() * p.size()));
            TreeSet<Integer> block = new TreeSet<>();
            for (int other = 0; other < n; other++) {
                if (payees.get(other).size() > rule.maxDegree()) {
                    continue;
                }
                int common = 0;
                for (int y : p) {
                    if (payers.get(y).size() <= rule.maxDegree() && payees.get(other).contains(y)) {
                        common++;
                    }
                }
                if (common >= needed && common > 0) {
                    block.add(other);
                }
            }
            if (block.size() < rule.minPayers()) {
                continue;
            }
            TreeSet<Integer> paid = new TreeSet<>();
            for (int y : p) {
                if (payers.get(y).size() > rule.maxDegree()) {
                    continue;
                }
                long count = block.stream().filter(b -> payers.get(y).contains(b)).count();
                if (count >= rule.minDensity() * block.size()) {
                    paid.add(y);
                }
            }
            if (paid.size() >= rule.minPayees()) {
                blocks.add(List.of(List.copyOf(block), List.copyOf(paid)));
            }
        }
        return blocks;
    }
}
