package org.nadiya.match.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Quality on labelled-pairs.csv (each row says where it comes from). The floors are the figures recorded in
 * docs/match.md, slightly rounded down: a change that makes matching worse fails here.
 */
class LabelledPairsTest {

    @Test
    void precisionRecallAndF1AtTheDefaultThreshold() throws IOException {
        List<String[]> rows;
        try (InputStream in = getClass().getResourceAsStream("/labelled-pairs.csv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.split(",", 4)).toList();
        }
        var scorer = new NameScorer();
        int truePositive = 0;
        int falsePositive = 0;
        int falseNegative = 0;
        for (String[] row : rows) {
            double score = scorer.score(row[0], row[1]);
            boolean predicted = score >= NameScorer.DEFAULT_THRESHOLD;
            boolean actual = row[2].equals("1");
            if (Math.abs(score - NameScorer.DEFAULT_THRESHOLD) < 0.06) {
                System.out.printf(Locale.ROOT, "near the threshold %.3f (label %s): %s / %s%n", score, row[2], row[0], row[1]);
            }
            if (predicted && actual) {
                truePositive++;
            } else if (predicted) {
                falsePositive++;
                System.out.printf(Locale.ROOT, "false positive %.3f: %s / %s%n", score, row[0], row[1]);
            } else if (actual) {
                falseNegative++;
                System.out.printf(Locale.ROOT, "false negative %.3f: %s / %s%n", score, row[0], row[1]);
            }
        }
        double precision = truePositive / (double) (truePositive + falsePositive);
        double recall = truePositive / (double) (truePositive + falseNegative);
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "pairs %d: precision %.3f recall %.3f F1 %.3f%n", rows.size(), precision, recall, f1);
        assertThat(rows).hasSizeGreaterThan(150);
        assertThat(precision).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(recall).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    private static final double PRECISION_FLOOR = 0.95;
    private static final double RECALL_FLOOR = 0.95;
}
