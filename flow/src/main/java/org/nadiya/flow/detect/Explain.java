package org.nadiya.flow.detect;

import org.nadiya.flow.Money;
import org.nadiya.flow.TransactionGraph;

/** Helpers for the plain-language explanations: amounts and account labels as analysts read them. */
final class Explain {

    private Explain() {
    }

    static String money(long minor) {
        return Money.format(minor);
    }

    static String account(TransactionGraph graph, int a) {
        String name = graph.accountName(a);
        return name == null ? graph.account(a) : graph.account(a) + " (" + name + ")";
    }

    static long sum(TransactionGraph graph, int[] txs, int from, int to) {
        long total = 0;
        for (int k = from; k < to; k++) {
            total += graph.amount(txs[k]);
        }
        return total;
    }

    static java.util.List<Integer> list(int[] txs, int from, int to) {
        var out = new java.util.ArrayList<Integer>(to - from);
        for (int k = from; k < to; k++) {
            out.add(txs[k]);
        }
        return out;
    }

    /** A scale as an adverbial phrase: "протягом тижня", "за весь період даних", "протягом 36 год.". */
    static String scaleUk(long hours) {
        return switch ((int) Math.min(hours, Integer.MAX_VALUE)) {
            case 0 -> "за весь період даних";
            case 24 -> "протягом доби";
            case 168 -> "протягом тижня";
            case 720 -> "протягом місяця (30 днів)";
            case 2160 -> "протягом кварталу (90 днів)";
            default -> "протягом " + hours + " год.";
        };
    }

    /** A scale as an adverbial phrase: "within a week", "over the whole period of the data", "within 36 h". */
    static String scaleEn(long hours) {
        return switch ((int) Math.min(hours, Integer.MAX_VALUE)) {
            case 0 -> "over the whole period of the data";
            case 24 -> "within a day";
            case 168 -> "within a week";
            case 720 -> "within a month (30 days)";
            case 2160 -> "within a quarter (90 days)";
            default -> "within " + hours + " h";
        };
    }
}
