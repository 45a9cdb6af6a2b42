package org.nadiya.match.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Blocking keys are made from the scorer's readings, so that two spellings the scorer calls one person meet in a
 * block (dedupe) and in the keyed-hash name index (name hits): checked on spellings generated through the
 * conventions the readings know.
 */
class BlockingConsistencyTest {

    private static final String[][] CONVENTIONS = {
        {"щ", "shch", "schtsch", "szcz", "chtch", "sjtsj", "šč", "scs"}, {"ш", "sh", "sch", "sz", "ch", "sj", "š", "s"}, {"ч", "ch", "tsch", "cz", "tch", "tsj", "č", "cs"},
        {"ж", "zh", "sch", "ż", "j", "zj", "ž", "zs"}, {"х", "kh", "ch", "ch", "kh", "ch", "ch", "h"},
        {"ц", "ts", "z", "c", "ts", "ts", "c", "c"}, {"в", "v", "w", "w", "v", "v", "v", "v"}};

    @Test
    void spellingsTheScorerMatchesShareABlockingKey() {
        long seed = 19L;
        Random random = new Random(seed);
        var scorer = new NameScorer();
        int matched = 0;
        for (int i = 0; i < 2000; i++) {
            String given = NamePropertiesTest.randomWord(random);
            String surname = NamePropertiesTest.randomWord(random);
            String cyrillic = given + " " + surname;
            int convention = 1 + random.nextInt(CONVENTIONS[0].length - 1);
            String latin = KmuTransliteration.transliterate(cyrillic.toLowerCase());
            // The convention's letters stand in for ш ч ж х ц в; the rest is KMU (so зг stays zgh, not a German sch-like zh).
            String marked = cyrillic.toLowerCase();
            for (int row = 0; row < CONVENTIONS.length; row++) {
                marked = marked.replace(CONVENTIONS[row][0], String.valueOf((char) ('0' + row)));
            }
            String foreign = KmuTransliteration.transliterate(marked);
            for (int row = 0; row < CONVENTIONS.length; row++) {
                foreign = foreign.replace(String.valueOf((char) ('0' + row)), CONVENTIONS[row][convention]);
            }
            for (String other : new String[] {latin, foreign}) {
                var a = PersonName.of(cyrillic);
                var b = PersonName.of(other);
                if (scorer.score(a, b) >= NameScorer.DEFAULT_THRESHOLD) {
                    matched++;
                    assertThat(Collections.disjoint(BlockingKeys.pairKeys(a), BlockingKeys.pairKeys(b)))
                            .as("seed %d: %s / %s", seed, cyrillic, other).isFalse();
                }
            }
        }
        assertThat(matched).isGreaterThan(3000);
    }
}
