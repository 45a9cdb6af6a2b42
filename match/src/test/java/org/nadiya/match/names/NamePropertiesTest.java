package org.nadiya.match.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Seeded random properties of transliteration and scoring; a failure prints the seed and the names. */
class NamePropertiesTest {

    private static final String[] ONSETS = {"б", "в", "г", "ґ", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф",
        "х", "ц", "ч", "ш", "щ", "зг", "бр", "кр", "ст", "шк", "хм", "дз", "дж", ""};
    private static final String[] VOWELS = {"а", "е", "и", "і", "о", "у", "я", "ю", "є", "ї", "ьо", "'я", "ій"};
    private static final String[] ENDINGS = {"енко", "чук", "ський", "ич", "ко", "ак", "ишин", "ів", "ець", "ук", "ня", "ина"};
    private static final long SEED = 55_2010L;

    private final NameScorer scorer = new NameScorer();

    static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        int syllables = 1 + random.nextInt(3);
        for (int s = 0; s < syllables; s++) {
            word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        word.append(ENDINGS[random.nextInt(ENDINGS.length)]);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Round trip: a name and its official Latin form are recognised as one name. */
    @Test
    void aNameMatchesItsKmuTransliteration() {
        Random random = new Random(SEED);
        for (int i = 0; i < 3000; i++) {
            String name = randomWord(random) + " " + randomWord(random);
            String latin = KmuTransliteration.transliterate(name);
            assertThat(scorer.score(name, latin)).as("seed %d: %s / %s", SEED, name, latin)
                    .isGreaterThanOrEqualTo(NameScorer.DEFAULT_THRESHOLD);
        }
    }

    /** Round trip through case: upper-case and title-case spellings read the same. */
    @Test
    void caseDoesNotChangeTheReadings() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 2000; i++) {
            String word = randomWord(random);
            String latin = KmuTransliteration.transliterate(word);
            assertThat(KmuTransliteration.transliterate(word.toUpperCase())).isEqualTo(latin.toUpperCase());
            assertThat(Readings.of(word.toUpperCase())).as("seed %d: %s", SEED + 1, word).containsExactly(Readings.of(word));
        }
    }

    @Test
    void scoresAreBoundedSymmetricAndNearOneForIdenticalNames() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 2000; i++) {
            String a = randomWord(random) + " " + randomWord(random);
            String b = random.nextBoolean() ? randomWord(random) + " " + randomWord(random)
                    : KmuTransliteration.transliterate(a);
            double ab = scorer.score(a, b);
            assertThat(ab).as("seed %d: %s / %s", SEED + 2, a, b).isBetween(0.0, 1.0)
                    .isCloseTo(scorer.score(b, a), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(scorer.score(a, a)).as("seed %d: %s", SEED + 2, a).isGreaterThan(0.99);
        }
    }
}
