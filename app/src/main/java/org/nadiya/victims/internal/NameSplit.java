package org.nadiya.victims.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a name stored on one line (before V51) into family name, given name and patronymic, conservatively:
 * only a patronymic's ending makes the order certain; anything else keeps every word, with the split marked for a
 * coordinator to check (decision 0043). No word is ever dropped.
 */
final class NameSplit {

    /** Ukrainian and Russian patronymic endings: -ович, -евич, -ич; -івна, -ївна, -овна, -евна, -ична. */
    private static final Pattern PATRONYMIC = Pattern.compile(".{2,}(ич|івна|ївна|овна|евна|ична)");

    private NameSplit() {
    }

    /** The parts; {@code certain} when the order was told by a patronymic, else the split waits for a check. */
    record Parts(String familyName, String givenName, String patronymic, boolean certain) {
    }

    static Parts of(String oneLine) {
        if (oneLine == null || oneLine.isBlank()) {
            return new Parts(null, null, null, true);
        }
        String[] w = oneLine.trim().split("\\s+");
        // A surname may end like a patronymic (Карпович): two such words leave the order unknown.
        if (w.length == 3 && patronymic(w[2]) && !patronymic(w[1])) {
            return new Parts(w[0], w[1], w[2], true);
        }
        if (w.length == 3 && patronymic(w[1]) && !patronymic(w[2])) {
            // Given name, patronymic, surname: the order of a signature.
            return new Parts(w[2], w[0], w[1], true);
        }
        if (w.length == 2) {
            // The form asked for the surname first; without a patronymic that stays a guess.
            return new Parts(w[0], w[1], null, false);
        }
        return new Parts(String.join(" ", w), null, null, false);
    }

    private static boolean patronymic(String word) {
        return PATRONYMIC.matcher(word.toLowerCase(Locale.ROOT)).matches();
    }
}
