package org.nadiya.flow.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.nadiya.flow.TransactionGraph;

/**
 * Payments to or from accounts in a configured high-risk country (the statement's country, else the IBAN's
 * prefix). One alert per account on the other side, listing all such payments.
 */
public final class HighRiskCountryDetector implements Detector {

    @Override
    public Typology typology() {
        return Typology.HIGH_RISK_COUNTRY;
    }

    @Override
    public List<Alert> detect(TransactionGraph graph, Rules rules) {
        Rules.HighRisk rule = rules.highRisk();
        List<Alert> alerts = new ArrayList<>();
        if (!rule.enabled() || rule.countries().isEmpty()) {
            return alerts;
        }
        boolean[] risky = new boolean[graph.accountCount()];
        String[] country = new String[graph.accountCount()];
        for (int a = 0; a < graph.accountCount(); a++) {
            country[a] = graph.accountCountry(a);
            risky[a] = country[a] != null && rule.countries().contains(country[a]);
        }
        Map<Integer, List<Integer>> byAccount = new LinkedHashMap<>();
        for (int tx = 0; tx < graph.transactionCount(); tx++) {
            if (graph.amount(tx) < rule.minAmount()) {
                continue;
            }
            int f = graph.from(tx);
            int t = graph.to(tx);
            if (risky[t] && !risky[f]) {
                byAccount.computeIfAbsent(f, k -> new ArrayList<>()).add(tx);
            } else if (risky[f] && !risky[t]) {
                byAccount.computeIfAbsent(t, k -> new ArrayList<>()).add(tx);
            }
        }
        byAccount.forEach((a, txs) -> {
            var accounts = new LinkedHashSet<Integer>();
            accounts.add(a);
            var countries = new TreeSet<String>();
            long total = 0;
            for (int tx : txs) {
                int other = graph.from(tx) == a ? graph.to(tx) : graph.from(tx);
                accounts.add(other);
                countries.add(country[other]);
                total += graph.amount(tx);
            }
            String who = Explain.account(graph, a);
            String list = String.join(", ", countries);
            alerts.add(new Alert(null, typology(), Alert.above(txs.size(), 1), new ArrayList<>(accounts), txs,
                    Map.of("countries", list, "minAmount", Explain.money(rule.minAmount()), "count", txs.size()),
                    "Рахунок %s має %d операцій з рахунками у країнах високого ризику (%s), разом %s."
                            .formatted(who, txs.size(), list, Explain.money(total)),
                    "Account %s has %d payments with accounts in high-risk countries (%s), %s in total."
                            .formatted(who, txs.size(), list, Explain.money(total))));
        });
        return alerts;
    }
}
