package org.nadiya.flow.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
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

/** Randomised: every optimised detector agrees with its brute-force reference on small seeded graphs. */
class DetectorAgreementTest {

    private static final int SEEDS = 150;
    private static final long[] AMOUNTS = {100_000, 99_000, 95_000, 92_000, 1_500, 38_500_000, 39_900_000, 250_000};

    /** Dense small graphs with amounts from a few near-equal values, so every typology occurs. */
    static TransactionGraph graph(Random random) {
        int accounts = 4 + random.nextInt(9);
        int count = 10 + random.nextInt(90);
        List<Transaction> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int a = random.nextInt(accounts);
            int b = (a + 1 + random.nextInt(accounts - 1)) % accounts;
            String from = (a % 5 == 0 ? "RU00" : "UA00") + "000000000000" + a;
            String to = (b % 5 == 0 ? "RU00" : "UA00") + "000000000000" + b;
            list.add(new Transaction("t" + i, Instant.ofEpochSecond(RandomGraphs.T0 + random.nextInt(5 * 86_400)),
                    from, to, AMOUNTS[random.nextInt(AMOUNTS.length)], "UAH"));
        }
        return RandomGraphs.graph(list);
    }

    static Rules rules(Random random) {
        return new Rules(
                new Rules.Fan(true, 1 + random.nextInt(48), 2 + random.nextInt(3), random.nextBoolean() ? 0 : 95_000),
                new Rules.Fan(true, 1 + random.nextInt(48), 2 + random.nextInt(3), 0),
                new Rules.ScatterGather(true, 1 + random.nextInt(72), 2 + random.nextInt(2), 0.1),
                new Rules.GatherScatter(true, 1 + random.nextInt(48), 2 + random.nextInt(2), 2 + random.nextInt(2)),
                new Rules.Cycle(true, 12 + random.nextInt(72), 2 + random.nextInt(4), 0.1, 1_000_000),
                new Rules.Stack(true, 1 + random.nextInt(24), 2 + random.nextInt(3), 0.1),
                new Rules.Bipartite(true, 2 + random.nextInt(2), 2 + random.nextInt(2), 0.5 + random.nextInt(5) / 10.0,
                        3 + random.nextInt(8)),
                new Rules.PassThrough(true, 1 + random.nextInt(24), 0.8, 1 + random.nextInt(3), 0),
                new Rules.Structuring(true, 40_000_000, "UAH", 0.1, 24 + random.nextInt(72), 2 + random.nextInt(2)),
                new Rules.SmallPayments(true, 100_000, 24 + random.nextInt(72), 2 + random.nextInt(3),
                        2 + random.nextInt(4)),
                new Rules.HighRisk(true, Set.of("RU"), random.nextBoolean() ? 0 : 99_000),
                Rules.defaults().calibration());
    }

    /** Checks one seed and returns how many things the reference found (so a vacuous run fails). */
    private interface Check {
        int check(TransactionGraph graph, Rules rules, String seed);
    }

    private static void forSeeds(Check check) {
        int seedsWithFindings = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            var random = new Random(seed);
            if (check.check(graph(random), rules(random), "seed " + seed) > 0) {
                seedsWithFindings++;
            }
        }
        assertThat(seedsWithFindings).as("seeds where the reference found something").isGreaterThan(SEEDS / 5);
    }

    private static Map<Integer, Integer> byFirstAccount(List<Alert> alerts, String parameter) {
        Map<Integer, Integer> out = new HashMap<>();
        alerts.forEach(a -> out.put(a.accounts().get(0), ((Number) a.parameters().get(parameter)).intValue()));
        return out;
    }

    @Test
    void fanInAndFanOut() {
        forSeeds((g, r, seed) -> {
            var out = NaiveWindows.bestDistinct(g, true, tx -> g.amount(tx) >= r.fanOut().minAmount(),
                    r.fanOut().windowHours() * 3600, (d, c) -> d >= r.fanOut().minCounterparties());
            var in = NaiveWindows.bestDistinct(g, false, tx -> g.amount(tx) >= r.fanIn().minAmount(),
                    r.fanIn().windowHours() * 3600, (d, c) -> d >= r.fanIn().minCounterparties());
            assertThat(byFirstAccount(new FanDetector(true).detect(g, r), "counterparties")).as(seed).isEqualTo(out);
            assertThat(byFirstAccount(new FanDetector(false).detect(g, r), "counterparties")).as(seed).isEqualTo(in);
            return Math.min(out.size(), in.size());
        });
    }

    @Test
    void smallPayments() {
        forSeeds((g, r, seed) -> {
            var rule = r.smallPayments();
            var expected = NaiveWindows.bestDistinct(g, false, tx -> g.amount(tx) <= rule.maxAmount(),
                    rule.windowHours() * 3600, (d, c) -> d >= rule.minPayers() && c >= rule.minPayments());
            assertThat(byFirstAccount(new SmallPaymentsDetector().detect(g, r), "payers")).as(seed).isEqualTo(expected);
            return expected.size();
        });
    }

    @Test
    void structuring() {
        forSeeds((g, r, seed) -> {
            var rule = r.structuring();
            long low = StructuringDetector.lowerBound(rule);
            Set<String> expected = new HashSet<>();
            for (boolean out : new boolean[] {true, false}) {
                NaiveWindows.bestDistinct(g, out, tx -> g.amount(tx) >= low && g.amount(tx) < rule.thresholdMinor(),
                        rule.windowHours() * 3600, (d, c) -> c >= rule.minCount())
                        .keySet().forEach(a -> expected.add(a + "/" + out));
            }
            Set<String> actual = new HashSet<>();
            new StructuringDetector().detect(g, r).forEach(a -> actual.add(a.accounts().get(0) + "/"
                    + (g.from(a.transactions().get(0)) == a.accounts().get(0))));
            assertThat(actual).as(seed).isEqualTo(expected);
            return expected.size();
        });
    }

    @Test
    void gatherScatter() {
        forSeeds((g, r, seed) -> {
            var expected = NaiveWindows.gatherScatter(g, r.gatherScatter());
            assertThat(byFirstAccount(new GatherScatterDetector().detect(g, r), "payers").keySet()).as(seed)
                    .isEqualTo(expected);
            return expected.size();
        });
    }

    @Test
    void passThrough() {
        forSeeds((g, r, seed) -> {
            var expected = NaiveWindows.passThrough(g, r.passThrough());
            assertThat(byFirstAccount(new PassThroughDetector().detect(g, r), "events")).as(seed).isEqualTo(expected);
            return expected.size();
        });
    }

    @Test
    void highRiskCountries() {
        forSeeds((g, r, seed) -> {
            Set<Integer> actual = new HashSet<>();
            new HighRiskCountryDetector().detect(g, r).forEach(a -> actual.addAll(a.transactions()));
            var expected = NaiveWindows.highRisk(g, r.highRisk());
            assertThat(actual).as(seed).isEqualTo(expected);
            return expected.size();
        });
    }

    @Test
    void scatterGather() {
        forSeeds((g, r, seed) -> {
            Map<List<Integer>, Integer> actual = new HashMap<>();
            new ScatterGatherDetector().detect(g, r).forEach(a -> actual.put(
                    List.of(a.accounts().get(0), a.accounts().get(a.accounts().size() - 1)),
                    (Integer) a.parameters().get("intermediaries")));
            var expected = NaivePaths.scatterGather(g, r.scatterGather());
            assertThat(actual).as(seed).isEqualTo(expected);
            return expected.size();
        });
    }

    @Test
    void temporalCycles() {
        forSeeds((g, r, seed) -> {
            Set<List<Integer>> actual = new HashSet<>();
            new CycleDetector().detect(g, r).forEach(a -> actual.add(a.transactions()));
            var expected = NaivePaths.cycles(g, r.cycle());
            assertThat(actual).as(seed).isEqualTo(expected);
            return expected.size();
        });
    }

    @Test
    void stackChains() {
        forSeeds((g, r, seed) -> {
            assertThat(StackDetector.chains(g, r.stack())[0]).as(seed).isEqualTo(NaivePaths.chainLengths(g, r.stack()));
            var alerts = new StackDetector().detect(g, r);
            for (Alert alert : alerts) {
                var txs = alert.transactions();
                assertThat(txs).hasSizeGreaterThanOrEqualTo(r.stack().minHops());
                for (int i = 1; i < txs.size(); i++) {
                    assertThat(g.to(txs.get(i - 1))).isEqualTo(g.from(txs.get(i)));
                    assertThat(StackDetector.follows(g, txs.get(i - 1), txs.get(i), r.stack().maxGapHours() * 3600,
                            r.stack().amountTolerance())).isTrue();
                }
            }
            return alerts.size();
        });
    }

    @Test
    void bipartiteBlocks() {
        forSeeds((g, r, seed) -> {
            Set<List<Integer>> actual = new HashSet<>();
            BipartiteDetector.blocks(g, r.bipartite()).forEach(b -> actual.add(b.payers()));
            Set<List<Integer>> expected = new HashSet<>();
            NaivePaths.bipartite(g, r.bipartite()).forEach(b -> expected.add(b.get(0)));
            assertThat(actual).as(seed).isEqualTo(expected);
            return expected.size();
        });
    }
}
