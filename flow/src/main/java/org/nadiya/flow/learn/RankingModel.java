package org.nadiya.flow.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.nadiya.flow.detect.AccountFeatures;
import org.nadiya.flow.report.Json;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Gradient-boosted trees (XGBoost, decision 0048) over {@link AccountFeatures}, trained on an analyst's verdicts:
 * the probability that an account takes part in laundering, and per account how much each feature moved it (the
 * trees' exact Shapley contributions), so every score is explained by the same evidence the rules show. The
 * threshold above which an account is flagged is the best-F1 point of out-of-fold predictions on the training
 * labels (three folds by group), never chosen on the data it is later measured on. The settings are XGBoost's
 * usual ones for small tabular data and are not tuned to any data set.
 */
public final class RankingModel {

    static final String FORMAT = "nadiya-flow-ranking/1";
    static final int ROUNDS = 200;
    static final int FOLDS = 3;

    private final List<String> features;
    private final double threshold;
    private final Map<String, Object> trainedOn;
    private final byte[] trees;

    private RankingModel(List<String> features, double threshold, Map<String, Object> trainedOn, byte[] trees) {
        this.features = List.copyOf(features);
        this.threshold = threshold;
        this.trainedOn = Map.copyOf(trainedOn);
        this.trees = trees;
    }

    public List<String> features() {
        return features;
    }

    /** Scores at or above this are flagged. */
    public double threshold() {
        return threshold;
    }

    /** What it was trained on: labelled accounts, positives, negatives, out-of-fold F1 at the threshold. */
    public Map<String, Object> trainedOn() {
        return trainedOn;
    }

    static Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("objective", "binary:logistic");
        p.put("eta", 0.1);
        p.put("max_depth", 4);
        p.put("min_child_weight", 1);
        p.put("subsample", 0.8);
        p.put("colsample_bytree", 0.8);
        p.put("tree_method", "hist");
        p.put("seed", 7);
        p.put("nthread", Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4)));
        p.put("verbosity", 0);
        return p;
    }

    /** Trains on the labelled rows of the table; needs at least one confirmed and one dismissed account. */
    public static RankingModel train(AccountFeatures.Table table, Labels labels) {
        int positives = labels.positives();
        int negatives = labels.size() - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("the labels need at least one confirmed and one dismissed account ("
                    + positives + " confirmed, " + negatives + " dismissed)");
        }
        int[] fold = new int[labels.size()];
        for (int i = 0; i < fold.length; i++) {
            fold[i] = Math.floorMod(labels.groups()[i].hashCode() * 0x9E3779B1, FOLDS);
        }
        float[] outOfFold = new float[labels.size()];
        for (int f = 0; f < FOLDS; f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                (fold[i] == f ? test : train).add(i);
            }
            if (test.isEmpty() || !bothClasses(labels, train)) {
                for (int i : test) {
                    outOfFold[i] = 0.5f;
                }
                continue;
            }
            byte[] trees = fit(table, labels, train);
            float[] p = predict(trees, rows(table, labels, test), table.width());
            for (int k = 0; k < test.size(); k++) {
                outOfFold[test.get(k)] = p[k];
            }
        }
        double[] best = bestF1(outOfFold, labels.labels());
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            all.add(i);
        }
        Map<String, Object> trainedOn = new LinkedHashMap<>();
        trainedOn.put("accounts", labels.size());
        trainedOn.put("confirmed", positives);
        trainedOn.put("dismissed", negatives);
        trainedOn.put("outOfFoldF1", Math.round(best[1] * 1000) / 1000.0);
        return new RankingModel(table.features().stream().map(AccountFeatures.Feature::key).toList(), best[0],
                trainedOn, fit(table, labels, all));
    }

    private static boolean bothClasses(Labels labels, List<Integer> rows) {
        boolean pos = false;
        boolean neg = false;
        for (int i : rows) {
            pos |= labels.labels()[i] > 0.5f;
            neg |= labels.labels()[i] <= 0.5f;
        }
        return pos && neg;
    }

    /** {threshold, F1}: the score cut with the best F1 over the given predictions (ties: the higher cut). */
    static double[] bestF1(float[] scores, float[] labels) {
        Integer[] order = new Integer[scores.length];
        int positives = 0;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            positives += labels[i] > 0.5f ? 1 : 0;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(scores[b], scores[a]));
        double bestF1 = 0;
        double bestCut = 1;
        int tp = 0;
        for (int k = 0; k < order.length; k++) {
            tp += labels[order[k]] > 0.5f ? 1 : 0;
            if (k + 1 < order.length && scores[order[k + 1]] == scores[order[k]]) {
                continue;
            }
            double f1 = 2.0 * tp / (k + 1 + positives);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestCut = scores[order[k]];
            }
        }
        return new double[] {bestCut, bestF1};
    }

    private static float[] rows(AccountFeatures.Table table, Labels labels, List<Integer> which) {
        int w = table.width();
        float[] data = new float[which.size() * w];
        for (int k = 0; k < which.size(); k++) {
            System.arraycopy(table.values()[labels.accounts()[which.get(k)]], 0, data, k * w, w);
        }
        return data;
    }

    private static byte[] fit(AccountFeatures.Table table, Labels labels, List<Integer> which) {
        float[] y = new float[which.size()];
        for (int k = 0; k < y.length; k++) {
            y[k] = labels.labels()[which.get(k)];
        }
        DMatrix data = null;
        Booster booster = null;
        try {
            data = new DMatrix(rows(table, labels, which), which.size(), table.width(), Float.NaN);
            data.setLabel(y);
            booster = XGBoost.train(data, parameters(), ROUNDS, Map.of(), null, null);
            return booster.toByteArray("ubj");
        } catch (XGBoostError e) {
            throw new IllegalStateException("training failed: " + e.getMessage(), e);
        } finally {
            dispose(data, booster);
        }
    }

    private static float[] predict(byte[] trees, float[] rows, int width) {
        int n = rows.length / width;
        if (n == 0) {
            return new float[0];
        }
        DMatrix data = null;
        Booster booster = null;
        try {
            booster = XGBoost.loadModel(trees);
            data = new DMatrix(rows, n, width, Float.NaN);
            float[][] p = booster.predict(data);
            float[] out = new float[n];
            for (int i = 0; i < n; i++) {
                out[i] = p[i][0];
            }
            return out;
        } catch (XGBoostError | IOException e) {
            throw new IllegalStateException("scoring failed: " + e.getMessage(), e);
        } finally {
            dispose(data, booster);
        }
    }

    /** The score of every account of the table (row order). */
    public float[] score(AccountFeatures.Table table) {
        check(table);
        return predict(trees, flatten(table, null), table.width());
    }

    /**
     * Per given account, each feature's contribution to its score in log-odds (the last entry is the base value
     * shared by all accounts).
     */
    public float[][] contributions(AccountFeatures.Table table, int[] accounts) {
        check(table);
        if (accounts.length == 0) {
            return new float[0][];
        }
        DMatrix data = null;
        Booster booster = null;
        try {
            booster = XGBoost.loadModel(trees);
            data = new DMatrix(flatten(table, accounts), accounts.length, table.width(), Float.NaN);
            return booster.predictContrib(data, 0);
        } catch (XGBoostError | IOException e) {
            throw new IllegalStateException("explaining failed: " + e.getMessage(), e);
        } finally {
            dispose(data, booster);
        }
    }

    private void check(AccountFeatures.Table table) {
        List<String> keys = table.features().stream().map(AccountFeatures.Feature::key).toList();
        if (!keys.equals(features)) {
            throw new IllegalArgumentException("the model was trained on other features (other rules' scales or an"
                    + " older version): retrain it with ./nadiya flow learn");
        }
    }

    private static float[] flatten(AccountFeatures.Table table, int[] accounts) {
        int w = table.width();
        int n = accounts == null ? table.values().length : accounts.length;
        float[] data = new float[n * w];
        for (int k = 0; k < n; k++) {
            System.arraycopy(table.values()[accounts == null ? k : accounts[k]], 0, data, k * w, w);
        }
        return data;
    }

    private static void dispose(DMatrix data, Booster booster) {
        if (data != null) {
            data.dispose();
        }
        if (booster != null) {
            booster.dispose();
        }
    }

    // ---- the model file: JSON with the trees as base64 of XGBoost's own binary JSON ----

    public void save(Path file) throws IOException {
        Files.writeString(file, toJson() + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    /** The model file's text. */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("features", features);
        root.put("threshold", threshold);
        root.put("trainedOn", new LinkedHashMap<>(trainedOn));
        root.put("xgboost", Base64.getEncoder().encodeToString(trees));
        return Json.write(root);
    }

    public static RankingModel load(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** A model from its file's text; {@code file} names it in errors. */
    public static RankingModel parse(String file, String text) {
        Object parsed;
        try {
            var options = new LoaderOptions();
            options.setCodePointLimit(256 * 1024 * 1024);
            parsed = new Yaml(new SafeConstructor(options)).load(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not a model file of ./nadiya flow learn");
        }
        if (!(parsed instanceof Map<?, ?> root) || !FORMAT.equals(root.get("format"))
                || !(root.get("features") instanceof List<?> features) || !(root.get("threshold") instanceof Number t)
                || !(root.get("xgboost") instanceof String trees)) {
            throw new IllegalArgumentException(file + ": not a model file of ./nadiya flow learn (format " + FORMAT
                    + ")");
        }
        Map<String, Object> trainedOn = new LinkedHashMap<>();
        if (root.get("trainedOn") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> trainedOn.put(String.valueOf(k), v));
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(trees);
            XGBoost.loadModel(bytes).dispose();
        } catch (IllegalArgumentException | XGBoostError | IOException e) {
            throw new IllegalArgumentException(file + ": the model's trees are damaged");
        }
        return new RankingModel(features.stream().map(String::valueOf).toList(), t.doubleValue(), trainedOn, bytes);
    }
}
