package org.nadiya.flow.learn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nadiya.flow.detect.Alert;

/**
 * A model and the rules alone measured on verdicts the model was not trained on: account precision, recall and F1
 * at the model's own threshold (chosen on the training labels), and the best F1 over every threshold for both —
 * the rules' score of an account being its strongest alert (0 when none names it).
 */
public final class Holdout {

    private Holdout() {
    }

    public static Map<String, Object> measure(float[] modelScores, double threshold, List<Alert> alerts,
                                              Labels labels) {
        int n = labels.size();
        float[] model = new float[n];
        float[] rules = new float[n];
        float[] ruleOf = new float[modelScores.length];
        for (Alert a : alerts) {
            for (int account : a.accounts()) {
                ruleOf[account] = Math.max(ruleOf[account], (float) Math.max(a.score(), 1e-6));
            }
        }
        for (int i = 0; i < n; i++) {
            model[i] = modelScores[labels.accounts()[i]];
            rules[i] = ruleOf[labels.accounts()[i]];
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("accounts", n);
        out.put("confirmed", labels.positives());
        Map<String, Object> m = at(model, labels.labels(), (float) threshold);
        double[] best = RankingModel.bestF1(model, labels.labels());
        m.put("bestF1", round(best[1]));
        m.put("bestThreshold", round(best[0]));
        out.put("model", m);
        Map<String, Object> r = at(rules, labels.labels(), Float.MIN_VALUE);
        r.put("bestF1", round(RankingModel.bestF1(rules, labels.labels())[1]));
        out.put("rules", r);
        return out;
    }

    /** Precision, recall and F1 of the accounts scoring at or above {@code cut} (for the rules: any alert). */
    private static Map<String, Object> at(float[] scores, float[] labels, float cut) {
        int tp = 0;
        int flagged = 0;
        int positives = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean yes = labels[i] > 0.5f;
            positives += yes ? 1 : 0;
            if (scores[i] >= cut && scores[i] > 0) {
                flagged++;
                tp += yes ? 1 : 0;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("flagged", flagged);
        out.put("precision", round(flagged == 0 ? 0 : (double) tp / flagged));
        out.put("recall", round(positives == 0 ? 0 : (double) tp / positives));
        out.put("f1", round(flagged + positives == 0 ? 0 : 2.0 * tp / (flagged + positives)));
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
