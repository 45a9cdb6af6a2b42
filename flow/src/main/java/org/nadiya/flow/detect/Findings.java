package org.nadiya.flow.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Merges alerts into findings: two alerts join when they share at least half of the accounts of the smaller one
 * (transitively). A hub account in thousands of alerts is compared only within its first {@value #PER_ACCOUNT}
 * alerts, so merging stays near-linear.
 */
final class Findings {

    static final int PER_ACCOUNT = 200;

    private Findings() {
    }

    static List<Finding> merge(List<Alert> alerts) {
        int n = alerts.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<Integer, List<Integer>> byAccount = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int account : alerts.get(i).accounts()) {
                List<Integer> list = byAccount.computeIfAbsent(account, k -> new ArrayList<>());
                if (list.size() < PER_ACCOUNT) {
                    list.add(i);
                }
            }
        }
        List<TreeSet<Integer>> sets = alerts.stream().map(a -> new TreeSet<>(a.accounts())).toList();
        for (List<Integer> group : byAccount.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    int a = group.get(i);
                    int b = group.get(j);
                    if (find(parent, a) != find(parent, b) && overlap(sets.get(a), sets.get(b))) {
                        parent[find(parent, a)] = find(parent, b);
                    }
                }
            }
        }
        Map<Integer, List<Integer>> members = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Integer> group : members.values()) {
            TreeSet<Typology> typologies = new TreeSet<>();
            TreeSet<Integer> accounts = new TreeSet<>();
            TreeSet<Integer> txs = new TreeSet<>();
            List<String> ids = new ArrayList<>();
            double clean = 1;
            for (int i : group) {
                Alert a = alerts.get(i);
                typologies.add(a.typology());
                accounts.addAll(a.accounts());
                txs.addAll(a.transactions());
                ids.add(a.id());
                clean *= 1 - a.score();
            }
            findings.add(new Finding("F" + (findings.size() + 1), List.copyOf(typologies), 1 - clean,
                    List.copyOf(accounts), List.copyOf(txs), ids));
        }
        return findings;
    }

    private static boolean overlap(TreeSet<Integer> a, TreeSet<Integer> b) {
        TreeSet<Integer> small = a.size() <= b.size() ? a : b;
        TreeSet<Integer> large = small == a ? b : a;
        int common = 0;
        for (int x : small) {
            if (large.contains(x)) {
                common++;
            }
        }
        return common * 2 >= small.size();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
