package org.nadiya.flow.detect;

import java.util.List;
import java.util.Map;

/**
 * One detected pattern: the accounts and transactions (graph indices) that make it, the parameters it was found
 * with, a score in 0..1 (how far past the rule's minimum) and a plain-language explanation in both languages.
 */
public record Alert(String id, Typology typology, double score, List<Integer> accounts, List<Integer> transactions,
                    Map<String, Object> parameters, String explanationUk, String explanationEn) {

    public Alert {
        accounts = List.copyOf(accounts);
        transactions = List.copyOf(transactions);
        parameters = Map.copyOf(parameters);
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be in 0..1");
        }
    }

    public Alert withId(String newId) {
        return new Alert(newId, typology, score, accounts, transactions, parameters, explanationUk, explanationEn);
    }

    /** A score from how far a measured value is past its minimum: 0.5 at the minimum, 1 at twice it. */
    static double above(double value, double minimum) {
        double m = Math.max(minimum, 1);
        return Math.max(0, Math.min(1, 0.5 + 0.5 * (value - minimum) / m));
    }
}
