package org.nadiya.flow.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nadiya.flow.RandomGraphs;
import org.nadiya.flow.Transaction;
import org.nadiya.flow.TransactionGraph;

/**
 * Randomised: the calibrated pass's measures agree with brute-force references written from the definitions in
 * docs/flow.md ("Calibrated typologies") on small seeded graphs with repeated pairs, one-off pairs and bursts.
 */
class CalibratedAgreementTest {

    private static final int SEEDS = 200;

    /** A few accounts, some pairs used once and some many times, over 20 days, in every second graph a burst. */
    static TransactionGraph graph(Random random) {
        int accounts = 4 + random.nextInt(10);
        int count = 5 + random.nextInt(80);
        List<Transaction> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int a = random.nextInt(accounts);
            int b = random.nextInt(accounts);
            if (random.nextInt(10) == 0) {
                b = a; // a transfer to itself now and then: never one-off evidence
            }
            list.add(new Transaction("t" + i, Instant.ofEpochSecond(RandomGraphs.T0 + random.nextInt(20 * 86_400)),
                    "A" + a, "A" + b, 100 + random.nextInt(5), "UAH"));
        }
        if (random.nextBoolean()) {
            // a burst: one pair used several times within a few hours
            int a = random.nextInt(accounts);
            int b = (a + 1) % accounts;
            long t = RandomGraphs.T0 + random.nextInt(20 * 86_400);
            for (int i = 0, n = 3 + random.nextInt(6); i < n; i++) {
                list.add(new Transaction("b" + i, Instant.ofEpochSecond(t + random.nextInt(6 * 3600)), "A" + a, "A" + b,
                        100, "UAH"));
            }
        }
        return RandomGraphs.graph(list);
    }

    static Rules.Calibration rule(Random random) {
        List<Long> scales = new ArrayList<>();
        for (long h : new long[] {1, 12, 24, 72, 168, 0}) {
            if (random.nextBoolean()) {
                scales.add(h);
            }
        }
        if (scales.isEmpty()) {
            scales.add(24L);
        }
        return new Rules.Calibration(true, scales, List.of(1 + (long) random.nextInt(24), 24L + random.nextInt(144)),
                0.5 + random.nextInt(4), 1 + random.nextInt(3), 3 + random.nextInt(5));
    }

    private interface Check {
        int check(TransactionGraph graph, Rules.Calibration rule, Relationships rel, String seed);
    }

    private static void forSeeds(Check check) {
        int seedsWithFindings = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            var random = new Random(seed);
            TransactionGraph g = graph(random);
            Rules.Calibration rule = rule(random);
            if (check.check(g, rule, Relationships.of(g, rule), "seed " + seed) > 0) {
                seedsWithFindings++;
            }
        }
        assertThat(seedsWithFindings).as("seeds where the reference found something").isGreaterThan(SEEDS / 5);
    }

    static int pairCount(TransactionGraph g, int tx) {
        int n = 0;
        for (int k = 0; k < g.transactionCount(); k++) {
            n += g.from(k) == g.from(tx) && g.to(k) == g.to(tx) ? 1 : 0;
        }
        return n;
    }

    static boolean oneOff(TransactionGraph g, int tx) {
        return g.from(tx) != g.to(tx) && pairCount(g, tx) == 1;
    }

    static long end(TransactionGraph g, int tx, long seconds) {
        return seconds == Long.MAX_VALUE ? Long.MAX_VALUE : g.time(tx) + seconds;
    }

    @Test
    void pairsAndIntenseRelationships() {
        forSeeds((g, rule, rel, seed) -> {
            long[] scales = rule.burstSeconds();
            // every pair's busiest window at each burst scale: the most of its transfers in [t(e), t(e) + scale]
            Map<List<Integer>, int[]> busiest = new HashMap<>();
            for (int e = 0; e < g.transactionCount(); e++) {
                int[] best = busiest.computeIfAbsent(List.of(g.from(e), g.to(e)), k -> new int[scales.length]);
                for (int s = 0; s < scales.length; s++) {
                    int n = 0;
                    for (int f = e; f < g.transactionCount(); f++) {
                        if (g.from(f) == g.from(e) && g.to(f) == g.to(e) && g.time(f) <= end(g, e, scales[s])) {
                            n++;
                        }
                    }
                    best[s] = Math.max(best[s], n);
                }
            }
            double cutoff = Unusual.cutoff(rule.cutoff(), (long) busiest.size() * scales.length);
            int intense = 0;
            for (int tx = 0; tx < g.transactionCount(); tx++) {
                assertThat(rel.pairCount(tx)).as(seed).isEqualTo(pairCount(g, tx));
                int expected = -1;
                for (int s = 0; s < scales.length; s++) {
                    long[] histogram = new long[g.transactionCount() + 1];
                    for (int[] b : busiest.values()) {
                        histogram[b[s]]++;
                    }
                    Unusual u = Unusual.of(histogram);
                    int value = busiest.get(List.of(g.from(tx), g.to(tx)))[s];
                    if (pairCount(g, tx) > 1 && u.z(value) >= cutoff && (expected < 0 || scales[s] < scales[expected])) {
                        expected = s;
                    }
                }
                assertThat(rel.intenseScale(tx)).as(seed + " tx " + tx).isEqualTo(expected);
                intense += expected >= 0 ? 1 : 0;
            }
            return intense;
        });
    }

    @Test
    void fansAtEveryScale() {
        forSeeds((g, rule, rel, seed) -> {
            long[] scales = rule.scaleSeconds();
            int found = 0;
            for (boolean out : new boolean[] {false, true}) {
                int[][] fast = Calibrated.fans(g, rel, scales, out);
                for (int s = 0; s < scales.length; s++) {
                    for (int a = 0; a < g.accountCount(); a++) {
                        int best = 0;
                        for (int e = 0; e < g.transactionCount(); e++) {
                            if ((out ? g.from(e) : g.to(e)) != a || !oneOff(g, e)) {
                                continue;
                            }
                            Set<Integer> others = new HashSet<>();
                            for (int f = e; f < g.transactionCount(); f++) {
                                if ((out ? g.from(f) : g.to(f)) == a && oneOff(g, f) && g.time(f) <= end(g, e, scales[s])) {
                                    others.add(out ? g.to(f) : g.from(f));
                                }
                            }
                            best = Math.max(best, others.size());
                        }
                        assertThat(fast[s][a]).as(seed + " account " + a + " scale " + s + " out " + out).isEqualTo(best);
                        found += best >= 2 ? 1 : 0;
                    }
                }
            }
            return found;
        });
    }

    @Test
    void gatherScatterAtEveryScale() {
        forSeeds((g, rule, rel, seed) -> {
            long[] scales = rule.scaleSeconds();
            int found = 0;
            for (int least : new int[] {0, rule.minCounterparties()}) {
                int[][] fast = Calibrated.gatherScatter(g, rel, scales, least);
                for (int s = 0; s < scales.length; s++) {
                    for (int m = 0; m < g.accountCount(); m++) {
                        int best = 0;
                        for (int r0 = 0; r0 < g.transactionCount(); r0++) {
                            if (g.to(r0) != m || !oneOff(g, r0)) {
                                continue;
                            }
                            Set<Integer> payers = new HashSet<>();
                            Set<Integer> payees = new HashSet<>();
                            for (int e = r0; e < g.transactionCount(); e++) {
                                if (!oneOff(g, e) || g.time(e) > end(g, r0, scales[s])) {
                                    continue;
                                }
                                if (g.to(e) == m) {
                                    payers.add(g.from(e));
                                } else if (g.from(e) == m && e > r0) {
                                    payees.add(g.to(e));
                                }
                            }
                            if (payers.size() >= least && payees.size() >= least) {
                                best = Math.max(best, payers.size() + payees.size());
                            }
                        }
                        assertThat(fast[s][m]).as(seed + " account " + m + " scale " + s + " least " + least)
                                .isEqualTo(best);
                        found += least > 0 && best > 0 ? 1 : 0;
                    }
                }
            }
            return found;
        });
    }

    @Test
    void scatterGatherAtEveryScale() {
        forSeeds((g, rule, rel, seed) -> {
            long[] scales = rule.scaleSeconds();
            int[][] sinks = new int[scales.length][g.accountCount()];
            int[][] fast = Calibrated.scatterGather(g, rel, scales, sinks);
            int found = 0;
            for (int s = 0; s < scales.length; s++) {
                // (S, T) → distinct M with one-off S → M and a later one-off M → T at most one scale after it
                Map<List<Integer>, Set<Integer>> via = new HashMap<>();
                for (int a = 0; a < g.transactionCount(); a++) {
                    for (int b = a + 1; b < g.transactionCount(); b++) {
                        int src = g.from(a);
                        int m = g.to(a);
                        int t = g.to(b);
                        if (g.from(b) == m && src != m && t != src && t != m && oneOff(g, a) && oneOff(g, b)
                                && g.time(b) - g.time(a) <= scales[s]) {
                            via.computeIfAbsent(List.of(src, t), k -> new HashSet<>()).add(m);
                        }
                    }
                }
                int[] best = new int[g.accountCount()];
                via.forEach((pair, ms) -> best[pair.get(0)] = Math.max(best[pair.get(0)], ms.size()));
                for (int a = 0; a < g.accountCount(); a++) {
                    int expected = best[a];
                    assertThat(fast[s][a]).as(seed + " account " + a + " scale " + s).isEqualTo(expected);
                    if (expected > 0) {
                        assertThat(via.get(List.of(a, sinks[s][a]))).as(seed + " sink").hasSize(expected);
                        found++;
                    }
                }
            }
            return found;
        });
    }

    @Test
    void cyclesOfOneOffTransfers() {
        forSeeds((g, rule, rel, seed) -> {
            long horizon = rule.scaleSeconds()[seed.length() % rule.scaleSeconds().length];
            Set<List<Integer>> fast = new HashSet<>();
            Calibrated.cycles(g, rel, rule.maxLength(), horizon, Integer.MAX_VALUE)
                    .forEach(c -> fast.add(Arrays.stream(c).boxed().toList()));
            Set<List<Integer>> expected = new HashSet<>();
            for (int e = 0; e < g.transactionCount(); e++) {
                if (oneOff(g, e)) {
                    naiveCycles(g, rule.maxLength(), horizon, new ArrayList<>(List.of(e)), expected);
                }
            }
            assertThat(fast).as(seed).isEqualTo(expected);
            return expected.size();
        });
    }

    /** Every later one-off transfer from where the path ended, within the horizon of its first, no account twice. */
    private static void naiveCycles(TransactionGraph g, int maxLength, long horizon, List<Integer> path,
                                    Set<List<Integer>> found) {
        int first = path.get(0);
        int last = path.get(path.size() - 1);
        for (int next = last + 1; next < g.transactionCount(); next++) {
            if (g.from(next) != g.to(last) || !oneOff(g, next) || g.time(next) > end(g, first, horizon)) {
                continue;
            }
            List<Integer> longer = new ArrayList<>(path);
            longer.add(next);
            Set<Integer> seen = new HashSet<>();
            longer.forEach(tx -> seen.add(g.from(tx)));
            if (seen.size() < longer.size()) {
                continue;
            }
            if (g.to(next) == g.from(first)) {
                if (longer.size() >= 3) {
                    found.add(longer);
                }
            } else if (longer.size() < maxLength && !seen.contains(g.to(next))) {
                naiveCycles(g, maxLength, horizon, longer, found);
            }
        }
    }

    @Test
    void unusualnessFromAHistogram() {
        // values 0 ×6, 1 ×2, 2, 9: median 0, MAD 0, 90th percentile 2 → spread max(0, 2 / 1.2816, 1) = 1.56
        Unusual u = Unusual.of(new long[] {6, 2, 1, 0, 0, 0, 0, 0, 0, 1});
        assertThat(u.median()).isZero();
        assertThat(u.spread()).isCloseTo(2 / 1.2816, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(u.z(9)).isCloseTo(9 * 1.2816 / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(u.percentBelow(9)).isEqualTo(90.0);
        // 1..9: median 5, MAD 2 → 2.9652; the 90th percentile 9 → 3.1211
        Unusual v = Unusual.of(new long[] {0, 1, 1, 1, 1, 1, 1, 1, 1, 1});
        assertThat(v.median()).isEqualTo(5);
        assertThat(v.spread()).isCloseTo(4 / 1.2816, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Unusual.normalQuantile(0.975)).isCloseTo(1.959964, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Unusual.normalQuantile(1e-7)).isCloseTo(-5.199338, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(Unusual.cutoff(3.5, 10)).isEqualTo(3.5);
        assertThat(Unusual.cutoff(3.5, 1_000_000)).isCloseTo(4.753424, org.assertj.core.data.Offset.offset(1e-5));
    }
}
