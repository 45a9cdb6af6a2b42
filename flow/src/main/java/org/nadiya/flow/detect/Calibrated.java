package org.nadiya.flow.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.nadiya.flow.TransactionGraph;

/**
 * The self-calibrating pass (docs/flow.md, "Calibrated typologies"). Patterns are measured per account over
 * one-off transfers (a payer → payee pair's only transfer in the data) at every scale of the calibration (a day to a
 * quarter and the whole period), and an account is alerted where its measure is unusual among all accounts of the
 * same data at that scale: robust z = (value − median) / max(1.4826 · MAD, 1) ≥ cutoff. Each alert names its scale,
 * the value, the median and how many accounts have less. Cycles of one-off transfers and bursts over intense
 * relationships ({@link Relationships}) complete the set.
 */
public final class Calibrated {

    private Calibrated() {
    }

    /**
     * Per scale and account: the measured value of each pattern (see {@link #measure}). {@code gatherScatter} counts
     * every window; {@code collectionHub} only windows with at least minCounterparties payers and payees.
     */
    record Measures(long[] scales, int[][] fanIn, int[][] fanOut, int[][] gatherScatter, int[][] collectionHub,
                    int[][] scatterGather) {
    }

    /** Measures every account at every scale. */
    static Measures measure(TransactionGraph graph, Relationships rel, Rules.Calibration rule, int[][] sinks) {
        long[] scales = rule.scaleSeconds();
        return new Measures(scales, fans(graph, rel, scales, false), fans(graph, rel, scales, true),
                gatherScatter(graph, rel, scales, 0), gatherScatter(graph, rel, scales, rule.minCounterparties()),
                scatterGather(graph, rel, scales, sinks));
    }

    /**
     * Fan-in (fan-out): the most one-off receipts (payments) of an account inside one window of each scale. One-off
     * transfers have distinct counterparties by definition, so this is also the number of distinct payers (payees).
     */
    static int[][] fans(TransactionGraph graph, Relationships rel, long[] scales, boolean out) {
        int[][] value = new int[scales.length][graph.accountCount()];
        int[] buffer = new int[16];
        for (int a = 0; a < graph.accountCount(); a++) {
            buffer = oneOff(graph, rel, a, out, buffer);
            int n = buffer[buffer.length - 1];
            if (n == 0) {
                continue;
            }
            for (int s = 0; s < scales.length; s++) {
                value[s][a] = busiestWindow(graph, buffer, n, scales[s])[2];
            }
        }
        return value;
    }

    /**
     * The account's one-off payments ({@code out}) or receipts in time order in the returned array (grown when
     * needed); their number is stored in its last slot.
     */
    static int[] oneOff(TransactionGraph graph, Relationships rel, int a, boolean out, int[] buffer) {
        int from = out ? graph.outStart(a) : graph.inStart(a);
        int to = out ? graph.outEnd(a) : graph.inEnd(a);
        if (buffer.length < to - from + 1) {
            buffer = new int[to - from + 1];
        }
        int n = 0;
        for (int k = from; k < to; k++) {
            int tx = out ? graph.outTx(k) : graph.inTx(k);
            if (rel.oneOff(tx) && graph.from(tx) != graph.to(tx)) {
                buffer[n++] = tx;
            }
        }
        buffer[buffer.length - 1] = n;
        return buffer;
    }

    /** The first window of {@code seconds} over txs[0..n) with the most transfers: {start, end, count}. */
    static int[] busiestWindow(TransactionGraph graph, int[] txs, int n, long seconds) {
        int best = 0;
        int bestStart = 0;
        int hi = 0;
        for (int lo = 0; lo < n; lo++) {
            long limit = Relationships.saturatedAdd(graph.time(txs[lo]), seconds);
            while (hi < n && graph.time(txs[hi]) <= limit) {
                hi++;
            }
            if (hi - lo > best) {
                best = hi - lo;
                bestStart = lo;
            }
        }
        return new int[] {bestStart, bestStart + best, best};
    }

    /**
     * Gather-scatter: over windows starting at one of the account's one-off receipts, the receipts inside the window
     * plus the one-off payments after that first receipt inside it, counted when both are at least {@code least}
     * (0: every window).
     */
    static int[][] gatherScatter(TransactionGraph graph, Relationships rel, long[] scales, int least) {
        int[][] value = new int[scales.length][graph.accountCount()];
        int[] in = new int[16];
        int[] out = new int[16];
        for (int m = 0; m < graph.accountCount(); m++) {
            in = oneOff(graph, rel, m, false, in);
            int ni = in[in.length - 1];
            if (ni < least) {
                continue;
            }
            out = oneOff(graph, rel, m, true, out);
            int no = out[out.length - 1];
            if (no < least) {
                continue;
            }
            for (int s = 0; s < scales.length; s++) {
                value[s][m] = gatherScatterWindow(graph, in, ni, out, no, scales[s], least)[4];
            }
        }
        return value;
    }

    /** The best gather-scatter window: {first receipt, receipts end, first payment, payments end, value}. */
    static int[] gatherScatterWindow(TransactionGraph graph, int[] in, int ni, int[] out, int no, long seconds,
                                     int least) {
        int[] best = {0, 0, 0, 0, 0};
        int j = 0;
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < ni; i++) {
            long limit = Relationships.saturatedAdd(graph.time(in[i]), seconds);
            j = Math.max(j, i);
            while (j < ni && graph.time(in[j]) <= limit) {
                j++;
            }
            while (lo < no && out[lo] < in[i]) {
                lo++;
            }
            hi = Math.max(hi, lo);
            while (hi < no && graph.time(out[hi]) <= limit) {
                hi++;
            }
            int payers = j - i;
            int payees = hi - lo;
            if (payers >= least && payees >= least && payers + payees > best[4]) {
                best = new int[] {i, j, lo, hi, payers + payees};
            }
        }
        return best;
    }

    /**
     * Scatter-gather, per source S: for each sink T, the distinct intermediaries M with a one-off S → M and a later
     * one-off M → T at most one scale after it; the value is the most over T. {@code sinks}, when given, receives
     * the best T per scale and account.
     */
    static int[][] scatterGather(TransactionGraph graph, Relationships rel, long[] scales, int[][] sinks) {
        int[][] value = new int[scales.length][graph.accountCount()];
        int[] counts = new int[graph.accountCount()];
        int[] sinkOf = new int[16];
        long[] gapOf = new long[16];
        for (int s0 = 0; s0 < graph.accountCount(); s0++) {
            int links = 0;
            for (int k = graph.outStart(s0); k < graph.outEnd(s0); k++) {
                int first = graph.outTx(k);
                int m = graph.to(first);
                if (!rel.oneOff(first) || m == s0) {
                    continue;
                }
                for (int p = graph.outAfter(m, first); p < graph.outEnd(m); p++) {
                    int second = graph.outTx(p);
                    int t = graph.to(second);
                    if (!rel.oneOff(second) || t == s0 || t == m) {
                        continue;
                    }
                    if (links == sinkOf.length) {
                        sinkOf = Arrays.copyOf(sinkOf, 2 * links);
                        gapOf = Arrays.copyOf(gapOf, 2 * links);
                    }
                    sinkOf[links] = t;
                    gapOf[links] = graph.time(second) - graph.time(first);
                    links++;
                }
            }
            if (links == 0) {
                continue;
            }
            // S → M is one-off, so each M is reached once and every (M, T) link is distinct: counting links per T
            // counts distinct intermediaries.
            for (int s = 0; s < scales.length; s++) {
                int best = 0;
                int bestSink = -1;
                for (int l = 0; l < links; l++) {
                    if (gapOf[l] <= scales[s]) {
                        int c = ++counts[sinkOf[l]];
                        if (c > best || c == best && sinkOf[l] < bestSink) {
                            best = c;
                            bestSink = sinkOf[l];
                        }
                    }
                }
                for (int l = 0; l < links; l++) {
                    counts[sinkOf[l]] = 0;
                }
                value[s][s0] = best;
                if (sinks != null) {
                    sinks[s][s0] = bestSink;
                }
            }
        }
        return value;
    }

    /**
     * Temporal cycles of one-off transfers: e1..eL (3 ≤ L ≤ maxLength), each from where the previous ended and
     * later than it, the last back to e1's payer, no account twice, all within {@code maxSeconds} of e1; found once,
     * from e1. At most {@code limit} cycles. Each cycle is its transactions in order.
     */
    static List<int[]> cycles(TransactionGraph graph, Relationships rel, int maxLength, long maxSeconds, int limit) {
        List<int[]> found = new ArrayList<>();
        if (maxLength < 3) {
            return found;
        }
        int[] path = new int[maxLength];
        boolean[] onPath = new boolean[graph.accountCount()];
        for (int e = 0; e < graph.transactionCount() && found.size() < limit; e++) {
            if (!rel.oneOff(e) || graph.from(e) == graph.to(e)) {
                continue;
            }
            path[0] = e;
            onPath[graph.from(e)] = true;
            onPath[graph.to(e)] = true;
            extend(graph, rel, path, 1, onPath, maxLength, maxSeconds, limit, found);
            onPath[graph.from(e)] = false;
            onPath[graph.to(e)] = false;
        }
        return found;
    }

    private static void extend(TransactionGraph graph, Relationships rel, int[] path, int length, boolean[] onPath,
                               int maxLength, long maxSeconds, int limit, List<int[]> found) {
        int first = path[0];
        int start = graph.from(first);
        int at = graph.to(path[length - 1]);
        long end = Relationships.saturatedAdd(graph.time(first), maxSeconds);
        for (int k = graph.outAfter(at, path[length - 1]); k < graph.outEnd(at) && found.size() < limit; k++) {
            int next = graph.outTx(k);
            if (graph.time(next) > end) {
                break;
            }
            if (!rel.oneOff(next)) {
                continue;
            }
            int to = graph.to(next);
            path[length] = next;
            if (to == start) {
                if (length + 1 >= 3) {
                    found.add(Arrays.copyOf(path, length + 1));
                }
            } else if (!onPath[to] && length + 1 < maxLength) {
                onPath[to] = true;
                extend(graph, rel, path, length + 1, onPath, maxLength, maxSeconds, limit, found);
                onPath[to] = false;
            }
        }
    }

    /**
     * The longest scale at which chance cycles are rare: where one-off transfers per account and window
     * (one-off transfers × window / period / accounts) are at most one. Cycles are searched up to it.
     */
    static long cycleHorizon(TransactionGraph graph, Relationships rel, long[] scales) {
        int n = graph.transactionCount();
        if (n == 0) {
            return 0;
        }
        long oneOff = 0;
        for (int tx = 0; tx < n; tx++) {
            oneOff += rel.oneOff(tx) ? 1 : 0;
        }
        long period = Math.max(1, graph.time(n - 1) - graph.time(0));
        long horizon = 0;
        for (long scale : scales) {
            double window = Math.min(scale, period);
            if (oneOff * window / period / graph.accountCount() <= 1.0) {
                horizon = Math.max(horizon, scale);
            }
        }
        return horizon;
    }

    // ---- alerts ----

    /** Every calibrated alert of the graph (none when the calibration is disabled). */
    public static List<Alert> detect(TransactionGraph graph, Rules rules) {
        Rules.Calibration rule = rules.calibration();
        if (!rule.enabled() || graph.transactionCount() == 0) {
            return new ArrayList<>();
        }
        return detect(graph, rules, Relationships.of(graph, rule));
    }

    /** A typology switched off in the rules ({@code enabled: false}) is not searched by the calibrated pass either. */
    static List<Alert> detect(TransactionGraph graph, Rules rules, Relationships rel) {
        Rules.Calibration rule = rules.calibration();
        boolean[] enabled = {rules.fanIn().enabled(), rules.fanOut().enabled(), rules.gatherScatter().enabled(),
            rules.scatterGather().enabled()};
        long[] scales = rule.scaleSeconds();
        List<Alert> alerts = new ArrayList<>();
        int[][] sinks = new int[scales.length][graph.accountCount()];
        Measures m = measure(graph, rel, rule, sinks);
        // Gather-scatter is judged against every account's busiest window of one-off transfers in and out, and
        // alerted only where that window holds at least minCounterparties payers and payees.
        Unusual[][] stats = {stats(m.fanIn()), stats(m.fanOut()), stats(m.gatherScatter()), stats(m.scatterGather())};
        Typology[] kinds = {Typology.FAN_IN, Typology.FAN_OUT, Typology.GATHER_SCATTER, Typology.SCATTER_GATHER};
        int[][][] values = {m.fanIn(), m.fanOut(), m.collectionHub(), m.scatterGather()};
        double cutoff = Unusual.cutoff(rule.cutoff(), (long) graph.accountCount() * scales.length);
        for (int k = 0; k < kinds.length; k++) {
            for (int a = 0; a < graph.accountCount() && enabled[k]; a++) {
                int s = mostUnusual(values[k], stats[k], a, rule, cutoff);
                if (s >= 0) {
                    alerts.add(alert(graph, rel, rule, cutoff, kinds[k], a, s, values[k][s][a], stats[k][s],
                            sinks[s][a]));
                }
            }
        }
        long horizon = cycleHorizon(graph, rel, scales);
        if (rules.cycle().enabled()) {
            for (int[] cycle : cycles(graph, rel, rule.maxLength(), horizon, 100_000)) {
                alerts.add(cycleAlert(graph, rule, cycle, horizon));
            }
        }
        alerts.addAll(bursts(graph, rel, rule));
        return alerts;
    }

    static Unusual[] stats(int[][] values) {
        Unusual[] out = new Unusual[values.length];
        for (int s = 0; s < values.length; s++) {
            int max = 0;
            for (int v : values[s]) {
                max = Math.max(max, v);
            }
            long[] histogram = new long[max + 1];
            for (int v : values[s]) {
                histogram[v]++;
            }
            out[s] = Unusual.of(histogram);
        }
        return out;
    }

    /**
     * The scale at which the account's value is most unusual (highest z; ties: the longer scale, which holds at
     * least as much of the pattern) among those where it reaches minCounterparties and z ≥ cutoff (the rule's, raised
     * for the number of accounts and scales: {@link Unusual#cutoff}); -1 if none.
     */
    static int mostUnusual(int[][] values, Unusual[] stats, int a, Rules.Calibration rule, double cutoff) {
        int best = -1;
        double bestZ = 0;
        for (int s = 0; s < values.length; s++) {
            int v = values[s][a];
            double z = stats[s].z(v);
            if (v >= rule.minCounterparties() && z >= cutoff && (best < 0 || z > bestZ
                    || z == bestZ && rule.scaleSeconds()[s] > rule.scaleSeconds()[best])) {
                best = s;
                bestZ = z;
            }
        }
        return best;
    }

    private static Alert alert(TransactionGraph graph, Relationships rel, Rules.Calibration rule, double cutoff,
                               Typology kind, int a, int s, int value, Unusual stats, int sink) {
        long seconds = rule.scaleSeconds()[s];
        long hours = rule.scaleHours().get(s);
        var accounts = new LinkedHashSet<Integer>();
        accounts.add(a);
        var txs = new TreeSet<Integer>();
        String who = Explain.account(graph, a);
        String uk;
        String en;
        switch (kind) {
            case FAN_IN, FAN_OUT -> {
                boolean out = kind == Typology.FAN_OUT;
                int[] list = oneOff(graph, rel, a, out, new int[16]);
                int[] w = busiestWindow(graph, list, list[list.length - 1], seconds);
                for (int i = w[0]; i < w[1]; i++) {
                    txs.add(list[i]);
                    accounts.add(out ? graph.to(list[i]) : graph.from(list[i]));
                }
                long total = 0;
                for (int tx : txs) {
                    total += graph.amount(tx);
                }
                uk = out ? "Рахунок %s %s переказав кошти %d отримувачам, з якими більше не мав жодної операції (разом %s)."
                        .formatted(who, Explain.scaleUk(hours), value, Explain.money(total))
                        : "На рахунок %s %s надійшли кошти від %d платників, які більше не мали з ним жодної операції (разом %s)."
                        .formatted(who, Explain.scaleUk(hours), value, Explain.money(total));
                en = out ? "Account %s paid %d payees it had no other transfer with %s (%s in total)."
                        .formatted(who, value, Explain.scaleEn(hours), Explain.money(total))
                        : "Account %s received from %d payers that had no other transfer with it %s (%s in total)."
                        .formatted(who, value, Explain.scaleEn(hours), Explain.money(total));
            }
            case GATHER_SCATTER -> {
                int[] in = oneOff(graph, rel, a, false, new int[16]);
                int[] out = oneOff(graph, rel, a, true, new int[16]);
                int[] w = gatherScatterWindow(graph, in, in[in.length - 1], out, out[out.length - 1], seconds,
                        rule.minCounterparties());
                for (int i = w[0]; i < w[1]; i++) {
                    txs.add(in[i]);
                    accounts.add(graph.from(in[i]));
                }
                for (int i = w[2]; i < w[3]; i++) {
                    txs.add(out[i]);
                    accounts.add(graph.to(out[i]));
                }
                uk = "Рахунок %s %s зібрав кошти від %d разових платників і розподілив їх між %d разовими отримувачами."
                        .formatted(who, Explain.scaleUk(hours), w[1] - w[0], w[3] - w[2]);
                en = "Account %s collected money from %d one-off payers and paid it out to %d one-off payees %s."
                        .formatted(who, w[1] - w[0], w[3] - w[2], Explain.scaleEn(hours));
            }
            case SCATTER_GATHER -> {
                for (int k = graph.outStart(a); k < graph.outEnd(a); k++) {
                    int first = graph.outTx(k);
                    int m = graph.to(first);
                    if (!rel.oneOff(first) || m == a) {
                        continue;
                    }
                    for (int p = graph.outAfter(m, first); p < graph.outEnd(m); p++) {
                        int second = graph.outTx(p);
                        if (rel.oneOff(second) && graph.to(second) == sink
                                && graph.time(second) - graph.time(first) <= seconds) {
                            accounts.add(m);
                            txs.add(first);
                            txs.add(second);
                        }
                    }
                }
                accounts.add(sink);
                String to = Explain.account(graph, sink);
                uk = "Кошти з рахунку %s розійшлися через %d проміжних рахунків разовими переказами і %s зійшлися на рахунку %s."
                        .formatted(who, value, Explain.scaleUk(hours), to);
                en = "Money from account %s was split over %d intermediary accounts in one-off transfers and came together at account %s %s."
                        .formatted(who, value, to, Explain.scaleEn(hours));
            }
            default -> throw new IllegalStateException(kind.key());
        }
        double z = stats.z(value);
        uk += " Це більше, ніж у %s рахунків цих даних (медіана %d, робастна оцінка незвичності z = %s)."
                .formatted(percent(stats.percentBelow(value), "uk"), stats.median(), decimal(z, "uk"));
        en += " That is more than %s of the accounts in this data (median %d, robust z = %s)."
                .formatted(percent(stats.percentBelow(value), "en"), stats.median(), decimal(z, "en"));
        return new Alert(null, kind, Alert.above(z, cutoff), new ArrayList<>(accounts), new ArrayList<>(txs),
                Map.of("calibrated", true, "scaleHours", hours, "value", value, "median", stats.median(),
                        "z", round(z), "cutoff", round(cutoff), "percentBelow", round(stats.percentBelow(value))),
                uk, en);
    }

    private static Alert cycleAlert(TransactionGraph graph, Rules.Calibration rule, int[] cycle, long horizon) {
        long duration = graph.time(cycle[cycle.length - 1]) - graph.time(cycle[0]);
        int s = shortestScale(rule, duration);
        long hours = rule.scaleHours().get(s);
        List<Integer> accounts = new ArrayList<>();
        List<Integer> txs = new ArrayList<>();
        for (int tx : cycle) {
            accounts.add(graph.from(tx));
            txs.add(tx);
        }
        String start = Explain.account(graph, accounts.get(0));
        long days = (duration + 86_399) / 86_400;
        return new Alert(null, Typology.CYCLE, 0.8, accounts, txs,
                Map.of("calibrated", true, "scaleHours", hours, "length", cycle.length, "days", days,
                        "searchedHours", horizon == Long.MAX_VALUE ? 0 : horizon / 3600),
                ("Кошти вийшли з рахунку %s і повернулися на нього через %d разових переказів (кожна пара рахунків — лише"
                        + " одна операція) за %d дн., %s.").formatted(start, cycle.length, days,
                        Explain.scaleUk(hours)),
                ("Money left account %s and came back to it through %d one-off transfers (each pair of accounts has"
                        + " only that transfer) in %d days, %s.").formatted(start, cycle.length, days,
                        Explain.scaleEn(hours)));
    }

    /** The index of the shortest scale at least {@code seconds} long (the whole period if none). */
    private static int shortestScale(Rules.Calibration rule, long seconds) {
        long[] scales = rule.scaleSeconds();
        int best = -1;
        for (int s = 0; s < scales.length; s++) {
            if (scales[s] >= seconds && (best < 0 || scales[s] < scales[best])) {
                best = s;
            }
        }
        if (best < 0) {
            for (int s = 0; s < scales.length; s++) {
                if (best < 0 || scales[s] > scales[best]) {
                    best = s;
                }
            }
        }
        return best;
    }

    /**
     * Bursts: an account paying at least two payees over intense relationships (each pair's busiest window at some
     * scale is unusual among all pairs). One alert per payer, at the shortest scale among its intense pairs.
     */
    static List<Alert> bursts(TransactionGraph graph, Relationships rel, Rules.Calibration rule) {
        List<Alert> alerts = new ArrayList<>();
        for (int a = 0; a < graph.accountCount(); a++) {
            var payees = new TreeSet<Integer>();
            var txs = new ArrayList<Integer>();
            int scale = -1;
            int strongest = -1;
            for (int k = graph.outStart(a); k < graph.outEnd(a); k++) {
                int tx = graph.outTx(k);
                int s = rel.intenseScale(tx);
                if (s >= 0 && graph.to(tx) != a) {
                    payees.add(graph.to(tx));
                    txs.add(tx);
                    if (scale < 0 || rule.burstSeconds()[s] < rule.burstSeconds()[scale]) {
                        scale = s;
                        strongest = tx;
                    }
                }
            }
            if (payees.size() < 2) {
                continue;
            }
            int most = rel.busiest(graph, strongest, scale);
            Unusual pairs = rel.pairs(scale);
            double z = pairs.z(most);
            long hours = rule.burstHours().get(scale);
            List<Integer> accounts = new ArrayList<>();
            accounts.add(a);
            accounts.addAll(payees);
            String who = Explain.account(graph, a);
            alerts.add(new Alert(null, Typology.BURST, Alert.above(z, rel.cutoff()), accounts, txs,
                    Map.of("calibrated", true, "scaleHours", hours, "payees", payees.size(), "value", most,
                            "median", pairs.median(), "z", round(z), "cutoff", round(rel.cutoff()),
                            "percentBelow", round(pairs.percentBelow(most))),
                    ("Рахунок %s раптово й часто платив тим самим %d рахункам (%d операцій): найбільше %d переказів одному"
                            + " отримувачу %s — більше, ніж у %s пар рахунків цих даних (медіана %d).")
                            .formatted(who, payees.size(), txs.size(), most, Explain.scaleUk(hours),
                                    percent(pairs.percentBelow(most), "uk"), pairs.median()),
                    ("Account %s suddenly paid the same %d accounts often (%d payments): up to %d transfers to one payee"
                            + " %s, more than %s of the pairs of accounts in this data (median %d).")
                            .formatted(who, payees.size(), txs.size(), most, Explain.scaleEn(hours),
                                    percent(pairs.percentBelow(most), "en"), pairs.median())));
        }
        return alerts;
    }

    /**
     * True when a fixed-window rule's alert rests mostly on recurring relationships (more than half of its
     * transactions are on pairs with several transfers and no intense window): ordinary traffic, left out.
     */
    static boolean ordinary(Alert alert, Relationships rel) {
        if (alert.transactions().isEmpty()) {
            return false;
        }
        int recurring = 0;
        for (int tx : alert.transactions()) {
            recurring += rel.recurring(tx) ? 1 : 0;
        }
        return 2 * recurring > alert.transactions().size();
    }

    /** Structural typologies whose fixed-window alerts are checked by {@link #ordinary}. */
    static boolean structural(Typology typology) {
        return switch (typology) {
            case STRUCTURING, HIGH_RISK_COUNTRY -> false;
            default -> true;
        };
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static String percent(double p, String lang) {
        String s = String.format(Locale.ROOT, "%.1f %%", Math.min(p, 99.9));
        return "uk".equals(lang) ? s.replace('.', ',') : s;
    }

    private static String decimal(double x, String lang) {
        String s = String.format(Locale.ROOT, "%.1f", x);
        return "uk".equals(lang) ? s.replace('.', ',') : s;
    }
}
