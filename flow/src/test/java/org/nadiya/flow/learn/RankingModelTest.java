package org.nadiya.flow.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nadiya.flow.GraphBuilder;
import org.nadiya.flow.TransactionGraph;
import org.nadiya.flow.detect.AccountFeatures;
import org.nadiya.flow.detect.Analysis;
import org.nadiya.flow.detect.Rules;
import org.nadiya.flow.generate.Generator;
import org.nadiya.flow.generate.Plant;
import org.nadiya.flow.ingest.StatementImporter;

/** Trains on half of the planted patterns and checks the ranking on the other half, which it never saw. */
class RankingModelTest {

    @TempDir
    static Path dir;

    static TransactionGraph graph;
    static List<Plant> plants;
    static AccountFeatures.Table table;
    static Analysis.Result result;

    @BeforeAll
    static void generate() throws IOException {
        Path file = dir.resolve("tx.csv");
        try (var out = Files.newBufferedWriter(file)) {
            plants = new Generator(4_000, 30_000, 11, true).write(out);
        }
        var builder = new GraphBuilder();
        StatementImporter.importFile(file, StatementImporter.Options.defaults(), builder);
        graph = builder.build();
        result = Analysis.run(graph, Rules.defaults());
        table = AccountFeatures.of(graph, Rules.defaults(), result.alerts());
    }

    /** Members of the even (training) or odd (held-out) plants. */
    static Set<Integer> members(int half) {
        Set<Integer> out = new HashSet<>();
        for (int p = half; p < plants.size(); p += 2) {
            plants.get(p).accounts().forEach(a -> out.add(graph.accountIndex(a)));
        }
        return out;
    }

    static Path labels(String name, Set<Integer> positives, Set<Integer> excluded, int half) throws IOException {
        List<String> lines = new ArrayList<>(List.of("account,label,group"));
        for (int a = 0; a < graph.accountCount(); a++) {
            if (positives.contains(a)) {
                lines.add(graph.account(a) + ",confirmed,g" + a % 7);
            } else if (!excluded.contains(a) && a % 2 == half) {
                lines.add(graph.account(a) + ",dismissed");
            }
        }
        return Files.write(dir.resolve(name), lines);
    }

    @Test
    void ranksHeldOutPatternsAboveOrdinaryAccounts() throws IOException {
        Set<Integer> train = members(0);
        Set<Integer> heldOut = members(1);
        heldOut.removeAll(train);
        Set<Integer> excluded = new HashSet<>(heldOut);
        var model = RankingModel.train(table, Labels.read(labels("train.csv", train, excluded, 0), graph));
        float[] scores = model.score(table);
        // Held-out accounts: the odd plants' members and the ordinary accounts of the other half.
        long pairs = 0;
        long ordered = 0;
        for (int p : heldOut) {
            for (int a = 1; a < graph.accountCount(); a += 2) {
                if (!heldOut.contains(a) && !train.contains(a)) {
                    pairs++;
                    ordered += scores[p] > scores[a] ? 1 : 0;
                }
            }
        }
        assertThat((double) ordered / pairs).as("area under the ROC curve on held-out accounts").isGreaterThan(0.9);
        assertThat(model.trainedOn()).containsKeys("accounts", "confirmed", "dismissed", "outOfFoldF1");
        assertThat(model.threshold()).isBetween(0.0, 1.0);

        Set<Integer> alerted = new HashSet<>();
        result.alerts().forEach(a -> alerted.addAll(a.accounts()));
        var ranking = Ranking.of(table, model, alerted);
        assertThat(ranking.accounts()).isNotEmpty();
        assertThat(ranking.accounts()).isSortedAccordingTo((x, y) -> Double.compare(y.score(), x.score()));
        var top = ranking.accounts().get(0);
        assertThat(top.flagged()).isTrue();
        assertThat(top.reasons()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.weight()).isPositive();
            assertThat(r.uk()).doesNotContain("fan-", "one-off", "rule.");
            assertThat(r.en()).isNotBlank();
        });
    }

    @Test
    void savedModelScoresTheSame(@TempDir Path tmp) throws IOException {
        var model = RankingModel.train(table, Labels.read(labels("all.csv", members(0), Set.of(), 0), graph));
        Path file = tmp.resolve("model.json");
        model.save(file);
        var loaded = RankingModel.load(file);
        assertThat(loaded.score(table)).containsExactly(model.score(table));
        assertThat(loaded.threshold()).isEqualTo(model.threshold());
        assertThat(loaded.features()).isEqualTo(model.features());
    }

    @Test
    void badModelsAndLabelsAreRefusedByName(@TempDir Path tmp) throws IOException {
        Path notModel = Files.writeString(tmp.resolve("x.json"), "{\"format\": \"something\"}");
        assertThatThrownBy(() -> RankingModel.load(notModel)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a model file");
        Path damaged = Files.writeString(tmp.resolve("d.json"),
                "{\"format\": \"" + RankingModel.FORMAT + "\", \"features\": [\"a\"], \"threshold\": 0.5,"
                        + " \"xgboost\": \"AAAA\"}");
        assertThatThrownBy(() -> RankingModel.load(damaged)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("damaged");
        String account = graph.account(0);
        Path badLabel = Files.writeString(tmp.resolve("l.csv"), account + ",maybe\n");
        assertThatThrownBy(() -> Labels.read(badLabel, graph)).hasMessageContaining("row 1, column 'label'");
        Path twice = Files.writeString(tmp.resolve("t.csv"), account + ",1\n" + account + ",0\n");
        assertThatThrownBy(() -> Labels.read(twice, graph)).hasMessageContaining("labelled already in row 1");
        Path onlyConfirmed = Files.writeString(tmp.resolve("c.csv"), account + ",1\nNOT-IN-DATA,0\n");
        var labels = Labels.read(onlyConfirmed, graph);
        assertThat(labels.unknown()).isEqualTo(1);
        assertThatThrownBy(() -> RankingModel.train(table, labels)).hasMessageContaining("at least one confirmed");
    }

    @Test
    void bestF1PicksTheCutWithTheBestBalance() {
        float[] scores = {0.9f, 0.8f, 0.7f, 0.2f, 0.1f};
        float[] labels = {1, 1, 0, 1, 0};
        double[] best = RankingModel.bestF1(scores, labels);
        assertThat(best[0]).isEqualTo(0.2f);
        assertThat(best[1]).isEqualTo(2.0 * 3 / (4 + 3));
    }
}
