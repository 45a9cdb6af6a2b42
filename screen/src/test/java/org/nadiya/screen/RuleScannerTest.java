package org.nadiya.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/** Oracle: the word-start scanner finds exactly what scanning every position with each rule's pattern finds. */
class RuleScannerTest {

    private final List<IndicatorRule> rules = ScreenRules.defaults().indicators();
    private final RuleScanner scanner = new RuleScanner(rules);

    private void agreesWithThePlainScan(String folded) {
        List<int[]>[] fast = scanner.scan(folded, 3);
        for (int r = 0; r < rules.size(); r++) {
            List<String> expected = new ArrayList<>();
            Matcher m = rules.get(r).pattern().matcher(folded);
            while (expected.size() < 3 && m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> actual = fast[r] == null ? List.of() : fast[r].stream().map(s -> s[0] + "-" + s[1]).toList();
            assertThat(actual).as("%s in %s", rules.get(r).code(), folded).isEqualTo(expected);
        }
    }

    @Test
    void agreesOnEveryAdOfTheEvaluationSet() throws IOException {
        for (EvaluationSetTest.Labelled ad : EvaluationSetTest.screenAll()) {
            agreesWithThePlainScan(new FoldedText(ad.screening().document()).folded);
        }
    }

    @Test
    void agreesOnSeededMixturesOfTermsAndNoise() throws IOException {
        List<String> words = new ArrayList<>();
        for (EvaluationSetTest.Labelled ad : EvaluationSetTest.screenAll()) {
            words.addAll(List.of(new FoldedText(ad.screening().document()).folded.split(" ")));
        }
        var random = new Random(88);
        for (int n = 0; n < 1500; n++) {
            var text = new StringBuilder();
            for (int w = 3 + random.nextInt(30); w > 0; w--) {
                String word = words.get(random.nextInt(words.size()));
                text.append(random.nextInt(10) == 0 ? word.substring(random.nextInt(word.length())) : word);
                text.append(random.nextInt(8) == 0 ? "," : " ");
            }
            agreesWithThePlainScan(text.toString());
        }
    }
}
