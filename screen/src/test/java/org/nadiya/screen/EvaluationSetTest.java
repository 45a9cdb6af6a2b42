package org.nadiya.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The labelled evaluation set (src/test/resources/evaluation/*.tsv: label, how written, text; see its README):
 * precision and recall of "medium or high" against the labels, and the ROC AUC of the risk score. Writes
 * target/screen-evaluation.txt; docs/screen.md quotes it. The floors are regression guards, not goals.
 */
class EvaluationSetTest {

    record Labelled(String id, boolean risky, String origin, Screening screening) {
    }

    static List<Labelled> screenAll() throws IOException {
        var screener = Screener.withoutCardKey(ScreenRules.defaults());
        List<Labelled> all = new ArrayList<>();
        for (String language : List.of("uk", "ru", "en")) {
            try (InputStream in = EvaluationSetTest.class.getResourceAsStream("/evaluation/" + language + ".tsv")) {
                int n = 0;
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String[] f = line.split("\t", 3);
                    String id = language + "-" + (++n);
                    all.add(new Labelled(id, f[0].equals("r"), f[1], screener.screen(Ad.of(id, f[2]))));
                }
            }
        }
        return all;
    }

    /** Probability that a random risky ad scores above a random ordinary one (ties count half). */
    static double rocAuc(List<Labelled> all) {
        double wins = 0;
        int pairs = 0;
        for (Labelled risky : all) {
            if (!risky.risky()) {
                continue;
            }
            for (Labelled ordinary : all) {
                if (ordinary.risky()) {
                    continue;
                }
                pairs++;
                double a = risky.screening().risk();
                double b = ordinary.screening().risk();
                wins += a > b ? 1 : a == b ? 0.5 : 0;
            }
        }
        return wins / pairs;
    }

    static String report(String name, List<Labelled> set) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Labelled l : set) {
            boolean flagged = l.screening().level() != RiskLevel.LOW;
            tp += flagged && l.risky() ? 1 : 0;
            fp += flagged && !l.risky() ? 1 : 0;
            fn += !flagged && l.risky() ? 1 : 0;
        }
        long risky = set.stream().filter(Labelled::risky).count();
        return String.format(Locale.ROOT, "%-14s ads %3d (risky %3d)  precision %.3f  recall %.3f  ROC AUC %.3f%n", name,
                set.size(), risky, tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn), rocAuc(set));
    }

    @Test
    void theScreenerSeparatesRiskyFromOrdinaryAds() throws IOException {
        List<Labelled> all = screenAll();
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        var out = new StringBuilder("flagged = level medium or high (risk >= 0.40)\n");
        out.append(report("all", all));
        for (String language : List.of("uk", "ru", "en")) {
            out.append(report(language, all.stream().filter(l -> l.id().startsWith(language)).toList()));
        }
        out.append(report("lure+ordinary", all.stream().filter(l -> l.origin().equals("lure") || l.origin().equals("ordinary")).toList()));
        out.append(report("subtle+hard", all.stream().filter(l -> l.origin().equals("subtle") || l.origin().equals("hard")).toList()));
        out.append("\nmisclassified:\n");
        for (Labelled l : all) {
            boolean flagged = l.screening().level() != RiskLevel.LOW;
            if (flagged != l.risky()) {
                out.append(String.format(Locale.ROOT, "%s %s %.3f %s %s%n", l.id(), l.origin(), l.screening().risk(),
                        l.screening().indicators().stream().map(IndicatorHit::code).distinct().toList(),
                        l.screening().document().substring(0, Math.min(70, l.screening().document().length()))));
            }
        }
        Files.writeString(Path.of("target", "screen-evaluation.txt"), out);
        System.out.print(out);
        assertThat(rocAuc(all)).isGreaterThanOrEqualTo(0.90);
    }
}
