package org.nadiya.flow.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nadiya.flow.TransactionGraph;

/**
 * Per account, the evidence the rules weigh, as numbers a ranking model can learn from: how unusual each calibrated
 * pattern is at each scale (robust z among the accounts of the same data, so a model carries over between data sets
 * of any size), how much of the account's traffic runs over one-off or intense relationships, how unusual its
 * number of counterparties is, and the strongest alert of each typology that names it. No raw count, amount, date
 * or id is a feature.
 */
public final class AccountFeatures {

    /** One feature: a stable key (the model file names them) and what it means in both languages. */
    public record Feature(String key, String uk, String en) {
    }

    /** Every account's features: row {@code a} of {@code values} is account {@code a} of the graph. */
    public record Table(List<Feature> features, float[][] values) {

        public int width() {
            return features.size();
        }
    }

    private static final String[] MEASURES = {"fan-in", "fan-out", "gather-scatter", "scatter-gather"};
    private static final String[] MEASURES_UK = {"надходження від разових платників", "платежі разовим отримувачам",
        "збір і розподіл коштів разовими переказами", "розходження коштів через проміжні рахунки і їх сходження"};
    private static final String[] MEASURES_EN = {"receipts from one-off payers", "payments to one-off payees",
        "collection and pay-out in one-off transfers", "money split over intermediaries and gathered again"};

    private AccountFeatures() {
    }

    /** The features of the rules' calibration (their scales) in a fixed order; the model file lists these keys. */
    public static List<Feature> features(Rules rules) {
        List<Feature> out = new ArrayList<>();
        List<Long> scales = rules.calibration().scaleHours();
        for (int m = 0; m < MEASURES.length; m++) {
            for (long hours : scales) {
                out.add(new Feature(MEASURES[m] + ".z@" + scaleKey(hours),
                        MEASURES_UK[m] + " " + Explain.scaleUk(hours) + ": наскільки незвично (z)",
                        MEASURES_EN[m] + " " + Explain.scaleEn(hours) + ": how unusual (z)"));
            }
        }
        out.add(new Feature("one-off.in.share", "частка надходжень від разових платників",
                "share of receipts from one-off payers"));
        out.add(new Feature("one-off.out.share", "частка платежів разовим отримувачам",
                "share of payments to one-off payees"));
        out.add(new Feature("intense.in.share", "частка надходжень за раптово інтенсивними зв'язками",
                "share of receipts over suddenly intense relationships"));
        out.add(new Feature("intense.out.share", "частка платежів за раптово інтенсивними зв'язками",
                "share of payments over suddenly intense relationships"));
        out.add(new Feature("payers.z", "кількість різних платників: наскільки незвично (z)",
                "number of distinct payers: how unusual (z)"));
        out.add(new Feature("payees.z", "кількість різних отримувачів: наскільки незвично (z)",
                "number of distinct payees: how unusual (z)"));
        for (Typology t : Typology.values()) {
            out.add(new Feature("rule." + t.key(), "найсильніше сповіщення правила «" + ukName(t) + "»",
                    "strongest alert of the rule '" + t.key() + "'"));
        }
        return List.copyOf(out);
    }

    /** Measures every account of the graph; {@code alerts} are the rules' alerts of the same graph and rules. */
    public static Table of(TransactionGraph graph, Rules rules, List<Alert> alerts) {
        List<Feature> features = features(rules);
        int n = graph.accountCount();
        float[][] values = new float[n][features.size()];
        if (graph.transactionCount() == 0) {
            return new Table(features, values);
        }
        Rules.Calibration rule = rules.calibration();
        Relationships rel = Relationships.of(graph, rule);
        Calibrated.Measures m = Calibrated.measure(graph, rel, rule, null);
        int[][][] measured = {m.fanIn(), m.fanOut(), m.gatherScatter(), m.scatterGather()};
        int column = 0;
        for (int[][] perScale : measured) {
            Unusual[] stats = Calibrated.stats(perScale);
            for (int s = 0; s < perScale.length; s++, column++) {
                for (int a = 0; a < n; a++) {
                    values[a][column] = (float) stats[s].z(perScale[s][a]);
                }
            }
        }
        int[][] distinct = new int[2][n];
        for (int a = 0; a < n; a++) {
            float[] row = values[a];
            row[column] = share(graph, rel, a, false, true);
            row[column + 1] = share(graph, rel, a, true, true);
            row[column + 2] = share(graph, rel, a, false, false);
            row[column + 3] = share(graph, rel, a, true, false);
            distinct[0][a] = BipartiteDetector.distinct(graph, a, false, Integer.MAX_VALUE).length;
            distinct[1][a] = BipartiteDetector.distinct(graph, a, true, Integer.MAX_VALUE).length;
        }
        column += 4;
        Unusual[] degree = Calibrated.stats(distinct);
        for (int d = 0; d < 2; d++, column++) {
            for (int a = 0; a < n; a++) {
                values[a][column] = (float) degree[d].z(distinct[d][a]);
            }
        }
        for (Alert alert : alerts) {
            int c = column + alert.typology().ordinal();
            for (int a : alert.accounts()) {
                values[a][c] = Math.max(values[a][c], (float) alert.score());
            }
        }
        return new Table(features, values);
    }

    /** The share of the account's receipts ({@code out} false) or payments that are one-off (else intense). */
    private static float share(TransactionGraph graph, Relationships rel, int a, boolean out, boolean oneOff) {
        int from = out ? graph.outStart(a) : graph.inStart(a);
        int to = out ? graph.outEnd(a) : graph.inEnd(a);
        if (to == from) {
            return 0;
        }
        int hits = 0;
        for (int k = from; k < to; k++) {
            int tx = out ? graph.outTx(k) : graph.inTx(k);
            hits += (oneOff ? rel.oneOff(tx) : rel.intenseScale(tx) >= 0) ? 1 : 0;
        }
        return (float) hits / (to - from);
    }

    /** The typology as the application's Ukrainian bundle names it (finance.typology.*). */
    private static String ukName(Typology t) {
        return switch (t) {
            case FAN_IN -> "Збирання коштів";
            case FAN_OUT -> "Розпорошення коштів";
            case SCATTER_GATHER -> "Розпорошення і збирання";
            case GATHER_SCATTER -> "Збирання і розпорошення";
            case CYCLE -> "Кругообіг коштів";
            case STACK -> "Ланцюг нашарування";
            case BIPARTITE -> "Двочастковий блок";
            case PASS_THROUGH -> "Транзитний рахунок";
            case STRUCTURING -> "Дроблення нижче порогу";
            case SMALL_PAYMENTS -> "Багато дрібних платежів від багатьох платників";
            case HIGH_RISK_COUNTRY -> "Перекази до країн високого ризику";
            case BURST -> "Раптові часті перекази тим самим рахункам";
        };
    }

    private static String scaleKey(long hours) {
        return switch ((int) Math.min(hours, Integer.MAX_VALUE)) {
            case 0 -> "all";
            case 24 -> "day";
            case 168 -> "week";
            case 720 -> "month";
            case 2160 -> "quarter";
            default -> String.format(Locale.ROOT, "%dh", hours);
        };
    }
}
