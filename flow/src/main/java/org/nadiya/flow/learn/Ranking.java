package org.nadiya.flow.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.nadiya.flow.detect.AccountFeatures;

/**
 * The accounts a model ranks: every account it flags (score at or above the model's threshold) and every account
 * an alert names, highest score first, each with the features that raised its score most — the rules' own measures
 * (how unusual a pattern is, at which scale; which typology alerted), so the score is explained in their terms.
 */
public record Ranking(RankingModel model, float[] scores, List<Ranked> accounts) {

    /** One feature's part in an account's score: its value and how far it moved the log-odds. */
    public record Reason(String feature, double value, double weight, String uk, String en) {
    }

    public record Ranked(int account, double score, boolean flagged, List<Reason> reasons) {
    }

    static final int REASONS = 3;

    public static Ranking of(AccountFeatures.Table table, RankingModel model, Set<Integer> alerted) {
        float[] scores = model.score(table);
        List<Integer> shown = new ArrayList<>();
        for (int a = 0; a < scores.length; a++) {
            if (scores[a] >= model.threshold() || alerted.contains(a)) {
                shown.add(a);
            }
        }
        shown.sort(Comparator.comparingDouble((Integer a) -> -scores[a]).thenComparingInt(a -> a));
        int[] accounts = shown.stream().mapToInt(Integer::intValue).toArray();
        float[][] contributions = model.contributions(table, accounts);
        List<Ranked> ranked = new ArrayList<>(accounts.length);
        for (int k = 0; k < accounts.length; k++) {
            int a = accounts[k];
            ranked.add(new Ranked(a, scores[a], scores[a] >= model.threshold(),
                    reasons(table, table.values()[a], contributions[k])));
        }
        return new Ranking(model, scores, List.copyOf(ranked));
    }

    /** The features that raised the score most (positive contributions only), strongest first. */
    static List<Reason> reasons(AccountFeatures.Table table, float[] values, float[] contribution) {
        List<Integer> order = new ArrayList<>();
        for (int f = 0; f < table.width(); f++) {
            if (contribution[f] > 0) {
                order.add(f);
            }
        }
        order.sort(Comparator.comparingDouble((Integer f) -> -contribution[f]));
        List<Reason> out = new ArrayList<>();
        for (int f : order.subList(0, Math.min(REASONS, order.size()))) {
            AccountFeatures.Feature feature = table.features().get(f);
            double value = values[f];
            out.add(new Reason(feature.key(), round(value), round(contribution[f]),
                    feature.uk() + ": " + number(value).replace('.', ','), feature.en() + ": " + number(value)));
        }
        return out;
    }

    /** The score of a group of accounts (a finding): the highest of its accounts. */
    public double scoreOf(List<Integer> accounts) {
        double best = 0;
        for (int a : accounts) {
            best = Math.max(best, scores[a]);
        }
        return best;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    private static String number(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }
}
