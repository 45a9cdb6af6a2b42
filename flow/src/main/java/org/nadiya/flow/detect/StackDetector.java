package org.nadiya.flow.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.nadiya.flow.TransactionGraph;

/**
 * Stack / layering chain: payments e1..eL (L ≥ minHops) where each starts where the previous ended, follows it
 * within maxGap, and carries at most the previous amount and at least (1 − tolerance) of it. Found by dynamic
 * programming in time order (the longest chain ending at each payment); one alert per chain end that no longer
 * chain continues. Accounts may repeat (cycles are their own typology).
 */
public final class StackDetector implements Detector {

    @Override
    public Typology typology() {
        return Typology.STACK;
    }

    static boolean follows(TransactionGraph graph, int previous, int next, long gapSeconds, double tolerance) {
        long a = graph.amount(previous);
        long b = graph.amount(next);
        return previous < next && graph.time(next) - graph.time(previous) <= gapSeconds && b <= a
                && b >= a * (1 - tolerance);
    }

    /** The longest qualifying chain ending at each payment (1 for a payment alone) and its best predecessor. */
    static int[][] chains(TransactionGraph graph, Rules.Stack rule) {
        int n = graph.transactionCount();
        int[] length = new int[n];
        int[] previous = new int[n];
        long gap = rule.maxGapHours() * 3600;
        for (int e = 0; e < n; e++) {
            length[e] = 1;
            previous[e] = -1;
            int sender = graph.from(e);
            for (int k = graph.inAfter(sender, e) - 1; k >= graph.inStart(sender); k--) {
                int f = graph.inTx(k);
                if (graph.time(e) - graph.time(f) > gap) {
                    break;
                }
                if (f < e && follows(graph, f, e, gap, rule.amountTolerance()) && length[f] + 1 > length[e]) {
                    length[e] = length[f] + 1;
                    previous[e] = f;
                }
            }
        }
        return new int[][] {length, previous};
    }

    @Override
    public List<Alert> detect(TransactionGraph graph, Rules rules) {
        Rules.Stack rule = rules.stack();
        List<Alert> alerts = new ArrayList<>();
        if (!rule.enabled()) {
            return alerts;
        }
        int[][] dp = chains(graph, rule);
        int[] length = dp[0];
        int[] previous = dp[1];
        boolean[] continued = new boolean[graph.transactionCount()];
        for (int e = 0; e < length.length; e++) {
            if (previous[e] >= 0) {
                continued[previous[e]] = true;
            }
        }
        for (int e = 0; e < length.length; e++) {
            if (length[e] >= rule.minHops() && !continued[e]) {
                alerts.add(alert(graph, rule, e, length[e], previous));
            }
        }
        return alerts;
    }

    private Alert alert(TransactionGraph graph, Rules.Stack rule, int end, int hops, int[] previous) {
        List<Integer> txs = new ArrayList<>();
        for (int e = end; e >= 0; e = previous[e]) {
            txs.add(0, e);
        }
        var accounts = new LinkedHashSet<Integer>();
        for (int tx : txs) {
            accounts.add(graph.from(tx));
            accounts.add(graph.to(tx));
        }
        int first = txs.get(0);
        long hours = (graph.time(end) - graph.time(first) + 3599) / 3600;
        String start = Explain.account(graph, graph.from(first));
        String stop = Explain.account(graph, graph.to(end));
        return new Alert(null, typology(), Alert.above(hops, rule.minHops()), new ArrayList<>(accounts), txs,
                Map.of("maxGapHours", rule.maxGapHours(), "minHops", rule.minHops(),
                        "amountTolerance", rule.amountTolerance(), "hops", hops),
                ("Ланцюг із %d переказів за %d год. перемістив %s з рахунку %s на рахунок %s, щоразу майже всю суму"
                        + " — ознака нашарування (layering).").formatted(hops, hours,
                        Explain.money(graph.amount(first)), start, stop),
                ("A chain of %d transfers within %d h moved %s from account %s to account %s, nearly the whole"
                        + " amount each time, a sign of layering.").formatted(hops, hours,
                        Explain.money(graph.amount(first)), start, stop));
    }
}
