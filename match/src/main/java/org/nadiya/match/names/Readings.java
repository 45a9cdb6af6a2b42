package org.nadiya.match.names;

import java.text.Normalizer;
import java.util.Arrays;

import org.nadiya.match.Lookalikes;

/**
 * Turns one word of a name, in Cyrillic or in any Latin spelling, into "readings": the word in one common phonetic
 * alphabet, so that Ковальчук, Kovalchuk, Kowaltschuk, Kowalczuk and Kovaltchouk all read "kovalCuk". A Latin word
 * may come from English/KMU/BGN, German, Polish, French or Czech conventions and the source is rarely known, so it
 * gets one reading per convention; Polish or Czech letters (ł, ż, č, š, ...) settle the convention.
 *
 * <p>The alphabet: lower-case Latin letters plus C (ч), S (ш), Z (ж); x is х, c is ц, j is й and the
 * softening of я ю є ї. Both Ukrainian и and і, and Russian ы, read as i; г and ґ both read as g.
 */
final class Readings {

    private static final String POLISH_LETTERS = "łśćżźńąęó";
    private static final String CZECH_LETTERS = "čšžřěůň";

    private Readings() {
    }

    static String[] of(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (cyrillicLetters(lower) * 2 >= letters(lower)) {
            return new String[] {tidy(cyrillic(Lookalikes.lowerToCyrillic(lower)))};
        }
        if (containsAny(lower, POLISH_LETTERS)) {
            return new String[] {tidy(LatinConventions.polish(lower))};
        }
        if (containsAny(lower, CZECH_LETTERS)) {
            return new String[] {tidy(LatinConventions.czech(lower))};
        }
        String plain = fold(lower);
        String[] readings = {
            tidy(LatinConventions.english(plain)),
            tidy(LatinConventions.german(plain)),
            tidy(LatinConventions.polish(plain)),
            tidy(LatinConventions.french(plain))};
        return distinct(readings);
    }

    private static String[] distinct(String[] readings) {
        int count = 0;
        String[] out = new String[readings.length];
        for (String reading : readings) {
            boolean seen = false;
            for (int i = 0; i < count; i++) {
                seen |= out[i].equals(reading);
            }
            if (!seen && !reading.isEmpty()) {
                out[count++] = reading;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** Latin diacritics folded (é → e, ü → u); the Polish and Czech letters were dealt with before. */
    static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        if (ascii) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c == 'ß' ? "ss" : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /** Folds diacritics except the letters listed (a Czech word keeps č, š, ž for its own rules). */
    static String foldExcept(String text, String keep) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(keep.indexOf(c) >= 0 ? String.valueOf(c) : fold(String.valueOf(c)));
        }
        return out.toString();
    }

    private static String cyrillic(String word) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String reading = switch (c) {
                case 'г', 'ґ' -> "g";
                case 'е', 'э' -> "e";
                case 'є' -> "je";
                case 'ж' -> "Z";
                case 'и', 'і', 'ы' -> "i";
                case 'ї' -> "ji";
                case 'й' -> "j";
                case 'х' -> "x";
                case 'ц' -> "c";
                case 'ч' -> "C";
                case 'ш' -> "S";
                case 'щ' -> "SC";
                case 'ю' -> "ju";
                case 'я' -> "ja";
                case 'ё' -> "jo";
                // The other letters (а б в д з к л м н о п р с т у ф) read as the KMU table writes them.
                default -> KmuTransliteration.latin(c, false, (char) 0, (char) 0);
            };
            out.append(reading == null ? "" : reading);
        }
        return out.toString();
    }

    /** Shared clean-up: doubled letters once, j beside i dropped, so -ий/-ій/-ый (-yi, -ij, -y, -i) read alike. */
    static String tidy(String reading) {
        StringBuilder out = new StringBuilder(reading.length());
        char last = 0;
        for (int i = 0; i < reading.length(); i++) {
            char c = reading.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c == 'C' || c == 'S' || c == 'Z';
            // й and ї next to an i are where the tables disagree most (ій, ії, Yi-/i): read them as that i.
            boolean jNextToI = c == 'j' && (last == 'i' || i + 1 < reading.length() && reading.charAt(i + 1) == 'i');
            if (letter && c != last && !jNextToI) {
                out.append(c);
                last = c;
            }
        }
        int n = out.length();
        if (n > 3 && (out.charAt(n - 1) == 'j' || out.charAt(n - 1) == 'i') && (out.charAt(n - 2) == 'i' || out.charAt(n - 2) == 'j')) {
            out.setLength(n - 1);
            out.setCharAt(n - 2, 'i');
        }
        return out.toString();
    }

    private static int cyrillicLetters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            count += c >= '\u0400' && c <= '\u04ff' ? 1 : 0;
        }
        return count;
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            count += Character.isLetter(text.charAt(i)) ? 1 : 0;
        }
        return count;
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
