package org.nadiya.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.nadiya.match.names.NameScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "pairs", mixinStandardHelpOptions = true,
        description = {"Scores pairs of person names. Input: CSV (UTF-8) with a header naming columns left and right;",
                "output: the same rows plus score (the probability that the two names are one person's, 0..1) and",
                "match (true/false at the threshold); --features adds the evidence the score is made of.",
                "Exits 2 naming the line when the input is not valid."})
class MatchPairsCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "CSV with columns left,right")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV to write")
    Path out;

    @Option(names = "--threshold", paramLabel = "SCORE",
            description = "score from which a pair is a match (default: the engine's calibrated threshold, docs/match.md)")
    double threshold = NameScorer.DEFAULT_THRESHOLD;

    @Option(names = "--features", description = "also write the evidence columns (for bench/names/calibrate.py)")
    boolean features;

    @Override
    public Integer call() throws IOException {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("--threshold: must be in (0, 1], got " + threshold);
        }
        var scorer = new NameScorer();
        Path partial = MatchFiles.partialFor(out);
        try (CsvFile csv = CsvFile.open("--input", input);
                BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            List<String> header = csv.next();
            int left = header == null ? -1 : header.indexOf("left");
            int right = header == null ? -1 : header.indexOf("right");
            if (left < 0 || right < 0) {
                throw new IllegalArgumentException("--input: the header (line 1) must name the columns left and right");
            }
            List<String> outHeader = new ArrayList<>(header);
            outHeader.add("score");
            outHeader.add("match");
            if (features) {
                outHeader.addAll(NameScorer.FEATURES);
            }
            CsvFile.writeRow(writer, outHeader);
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (row.size() != header.size()) {
                    throw csv.error("has " + row.size() + " fields, the header has " + header.size());
                }
                double score = scorer.score(row.get(left), row.get(right));
                List<String> outRow = new ArrayList<>(row);
                outRow.add(String.format(Locale.ROOT, "%.4f", score));
                outRow.add(String.valueOf(score >= threshold));
                if (features) {
                    for (double value : scorer.features(row.get(left), row.get(right))) {
                        outRow.add(String.format(Locale.ROOT, "%.4f", value));
                    }
                }
                CsvFile.writeRow(writer, outRow);
            }
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        MatchFiles.publish(partial, out);
        return 0;
    }
}
