package org.nadiya.flow.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.nadiya.flow.TransactionGraph;

/**
 * Bipartite block: for each payer x (with minPayees..maxDegree distinct payees P(x)), the block B(x) is every
 * payer whose payees cover at least max(minPayees, ⌈minDensity·|P(x)|⌉) of P(x); the block's payees are those in
 * P(x) paid by at least minDensity of B(x). Flagged when |B| ≥ minPayers and the payees ≥ minPayees. Accounts
 * with more than maxDegree distinct counterparties (merchants, payroll) are left out. Each block is reported once.
 */
public final class BipartiteDetector implements Detector {

    @Override
    public Typology typology() {
        return Typology.BIPARTITE;
    }

    /** A block: payers and payees, both sorted. */
    record Block(List<Integer> payers, List<Integer> payees) {
    }

    @Override
    public List<Alert> detect(TransactionGraph graph, Rules rules) {
        Rules.Bipartite rule = rules.bipartite();
        List<Alert> alerts = new ArrayList<>();
        if (!rule.enabled()) {
            return alerts;
        }
        blocks(graph, rule).forEach(block -> alerts.add(alert(graph, rule, block)));
        return alerts;
    }

    static List<Block> blocks(TransactionGraph graph, Rules.Bipartite rule) {
        int n = graph.accountCount();
        int[][] payees = new int[n][];
        int[][] payers = new int[n][];
        for (int a = 0; a < n; a++) {
            payees[a] = distinct(graph, a, true, rule.maxDegree());
            payers[a] = distinct(graph, a, false, rule.maxDegree());
        }
        int[] seenBy = new int[n];
        Set<List<Integer>> seen = new HashSet<>();
        List<Block> blocks = new ArrayList<>();
        int[] counted = new int[rule.maxDegree() + 1];
        for (int x = 0; x < n; x++) {
            int[] p = payees[x];
            if (p == null || p.length < rule.minPayees()) {
                continue;
            }
            // Only payees with a bounded set of payers count towards the overlap.
            int m = 0;
            for (int y : p) {
                if (payers[y] != null) {
                    counted[m++] = y;
                }
            }
            long needed = Math.max(rule.minPayees(), (long) Math.ceil(rule.minDensity() * p.length));
            if (m < needed) {
                continue;
            }
            // Prefix filter (as in set-similarity joins): a payer sharing at least `needed` of the m counted payees
            // shares one of any m − needed + 1 of them, so candidates come from the payees with the fewest payers
            // only, and each candidate's overlap is then counted exactly on the sorted lists.
            int[] order = java.util.Arrays.copyOf(counted, m);
            sortByPayers(order, payers);
            int[] sortedCounted = java.util.Arrays.copyOf(counted, m);
            java.util.Arrays.sort(sortedCounted);
            TreeSet<Integer> block = new TreeSet<>();
            for (int i = 0; i < m - needed + 1; i++) {
                for (int other : payers[order[i]]) {
                    if (seenBy[other] == x + 1 || payees[other] == null || payees[other].length < needed) {
                        continue;
                    }
                    seenBy[other] = x + 1;
                    if (overlap(sortedCounted, payees[other]) >= needed) {
                        block.add(other);
                    }
                }
            }
            if (block.size() < rule.minPayers()) {
                continue;
            }
            TreeSet<Integer> paid = new TreeSet<>();
            for (int y : p) {
                int count = 0;
                for (int other : payers[y] == null ? new int[0] : payers[y]) {
                    if (block.contains(other)) {
                        count++;
                    }
                }
                if (count >= rule.minDensity() * block.size()) {
                    paid.add(y);
                }
            }
            if (paid.size() >= rule.minPayees() && seen.add(List.copyOf(block))) {
                blocks.add(new Block(List.copyOf(block), List.copyOf(paid)));
            }
        }
        return blocks;
    }

    /** Sorts accounts by how many payers they have, fewest first (insertion sort: at most maxDegree of them). */
    private static void sortByPayers(int[] accounts, int[][] payers) {
        for (int i = 1; i < accounts.length; i++) {
            int a = accounts[i];
            int j = i - 1;
            while (j >= 0 && payers[accounts[j]].length > payers[a].length) {
                accounts[j + 1] = accounts[j];
                j--;
            }
            accounts[j + 1] = a;
        }
    }

    /** How many values two sorted arrays of distinct values share. */
    private static int overlap(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                common++;
                i++;
                j++;
            }
        }
        return common;
    }

    /** Sorted distinct counterparties, or null when there are more than {@code max}. */
    static int[] distinct(TransactionGraph graph, int a, boolean outgoing, int max) {
        int from = outgoing ? graph.outStart(a) : graph.inStart(a);
        int to = outgoing ? graph.outEnd(a) : graph.inEnd(a);
        int[] others = new int[to - from];
        for (int k = from; k < to; k++) {
            int tx = outgoing ? graph.outTx(k) : graph.inTx(k);
            others[k - from] = outgoing ? graph.to(tx) : graph.from(tx);
        }
        java.util.Arrays.sort(others);
        int n = 0;
        for (int i = 0; i < others.length; i++) {
            if (i == 0 || others[i] != others[i - 1]) {
                others[n++] = others[i];
            }
        }
        return n > max ? null : java.util.Arrays.copyOf(others, n);
    }

    private Alert alert(TransactionGraph graph, Rules.Bipartite rule, Block block) {
        Set<Integer> payees = new HashSet<>(block.payees());
        List<Integer> txs = new ArrayList<>();
        for (int x : block.payers()) {
            for (int k = graph.outStart(x); k < graph.outEnd(x); k++) {
                if (payees.contains(graph.to(graph.outTx(k)))) {
                    txs.add(graph.outTx(k));
                }
            }
        }
        txs.sort(null);
        List<Integer> accounts = new ArrayList<>(block.payers());
        accounts.addAll(block.payees());
        return new Alert(null, typology(),
                Math.min(Alert.above(block.payers().size(), rule.minPayers()),
                        Alert.above(block.payees().size(), rule.minPayees())), accounts, txs,
                Map.of("minPayers", rule.minPayers(), "minPayees", rule.minPayees(), "minDensity", rule.minDensity(),
                        "maxDegree", rule.maxDegree(), "payers", block.payers().size(),
                        "payees", block.payees().size()),
                "Група з %d платників переказувала кошти одній і тій самій групі з %d отримувачів (%d операцій)."
                        .formatted(block.payers().size(), block.payees().size(), txs.size()),
                "A group of %d payers paid the same group of %d payees (%d payments)."
                        .formatted(block.payers().size(), block.payees().size(), txs.size()));
    }
}
