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
    private static final String CARON_LETTERS = "čšžřěůňŝõûêëĭĉĝĵŭ";
    private static final String ROMANIAN_LETTERS = "șțşţăî";
    private static final String TURKISH_LETTERS = "çğı";

    private Readings() {
    }

    static String[] of(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (cyrillicLetters(lower) * 2 >= letters(lower)) {
            return new String[] {tidy(cyrillic(Lookalikes.lowerToCyrillic(lower)))};
        }
        String[] readings;
        if (containsAny(lower, POLISH_LETTERS)) {
            readings = new String[] {LatinConventions.POLISH.apply(foldExcept(lower, POLISH_LETTERS))};
        } else if (containsAny(lower, TURKISH_LETTERS) || lower.indexOf('ş') >= 0 && !containsAny(lower, "țţăî")) {
            readings = new String[] {LatinConventions.TURKISH.apply(foldExcept(lower, "çğışj")),
                LatinConventions.romance(foldExcept(lower, ROMANIAN_LETTERS))};
        } else if (containsAny(lower, ROMANIAN_LETTERS)) {
            readings = new String[] {LatinConventions.romance(foldExcept(lower, ROMANIAN_LETTERS + "â"))};
        } else if (containsAny(lower, CARON_LETTERS) || lower.indexOf('â') >= 0) {
            String kept = foldExcept(lower, CARON_LETTERS + "âï");
            readings = new String[] {LatinConventions.CARON.apply(kept), LatinConventions.romance(foldExcept(lower, "â"))};
        } else {
            String plain = fold(lower);
            readings = new String[] {
                LatinConventions.ENGLISH.apply(plain),
                LatinConventions.german(plain),
                LatinConventions.POLISH.apply(plain),
                LatinConventions.french(plain),
                LatinConventions.DUTCH.apply(plain),
                LatinConventions.SCANDINAVIAN.apply(plain),
                plain.contains("cs") || plain.contains("zs") || plain.contains("sz") || plain.contains("gyi")
                        ? LatinConventions.HUNGARIAN.apply(plain) : "",
                hasSoftC(plain) ? LatinConventions.romance(plain) : "",
                plain.indexOf('j') >= 0 ? LatinConventions.SPANISH.apply(plain) : "",
                // x for х: Kazakh and Kyrgyz passports, the scholarly system, Azerbaijani and Tatar Latin.
                plain.indexOf('x') >= 0 ? LatinConventions.ENGLISH.apply(plain.replace('x', 'ẋ')).replace('ẋ', 'x') : ""};
        }
        return withEndings(belarusianU(readings), lower);
    }

    /**
     * Belarusian ў is u in most Latin spellings (Bazanau, Dziewiatouski) and v in the Russian form (Базанов):
     * a u after a vowel and before a consonant or the end also reads as v.
     */
    private static String[] belarusianU(String[] readings) {
        String[] out = java.util.Arrays.copyOf(readings, readings.length * 2);
        int n = readings.length;
        for (String reading : readings) {
            StringBuilder b = null;
            for (int i = 1; i < reading.length(); i++) {
                if (reading.charAt(i) == 'u' && "aeio".indexOf(reading.charAt(i - 1)) >= 0
                        && (i + 1 == reading.length() || "aeiouj".indexOf(reading.charAt(i + 1)) < 0)) {
                    if (b == null) {
                        b = new StringBuilder(reading);
                    }
                    b.setCharAt(i, 'v');
                }
            }
            if (b != null) {
                out[n++] = b.toString();
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** c or g before e or i: the Italian and Romanian ч and дж. */
    private static boolean hasSoftC(String plain) {
        for (int i = 0; i + 1 < plain.length(); i++) {
            char c = plain.charAt(i);
            char next = plain.charAt(i + 1);
            if ((c == 'c' || c == 'g') && (next == 'e' || next == 'i') && (i == 0 || plain.charAt(i - 1) != 's' || c == 'c')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tidies the readings and adds the forms without a foreign grammatical ending: the Lithuanian and Latvian
     * nominative (Ivanovas, Ivanovs, Žirinovskis, Sergejus), the Czech and Slovak feminine -ová (Tymošenková).
     */
    private static String[] withEndings(String[] readings, String lower) {
        String plain = fold(lower);
        String[] out = new String[readings.length * 2];
        int n = 0;
        String ending = null;
        String replacement = "";
        if (plain.length() >= 6 && lower.endsWith("ová")) {
            ending = "ova";
        } else if (plain.length() >= 5) {
            for (String[] e : BALTIC_ENDINGS) {
                if (plain.endsWith(e[0]) && isConsonant(plain.charAt(plain.length() - e[0].length() - 1))) {
                    ending = e[0];
                    replacement = e[1];
                    break;
                }
            }
        }
        for (String reading : readings) {
            out[n++] = tidy(reading);
        }
        if (ending != null) {
            for (String reading : readings) {
                String base = reading.isEmpty() ? reading : stripEnding(reading, ending.length(), replacement);
                out[n++] = tidy(base);
            }
        }
        return distinct(java.util.Arrays.copyOf(out, n));
    }

    private static final String[][] BALTIC_ENDINGS = {
        {"ijus", "ij"}, {"jus", "j"}, {"ijs", "ij"}, {"js", "j"}, {"as", ""}, {"is", "i"}, {"us", ""}, {"ys", "i"},
        {"s", ""}};

    private static String stripEnding(String reading, int letters, String replacement) {
        // Readings may be longer or shorter than the spelling (sch = S); drop by the spelling's last letters.
        int cut = Math.max(1, reading.length() - letters);
        return reading.substring(0, cut) + replacement;
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
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
                out.append(switch (c) {
                    case 'ß' -> "ss";
                    case 'ø' -> "o";
                    case 'æ' -> "e";
                    case 'đ' -> "d";
                    case 'ı' -> "i";
                    case 'ӏ', 'Ӏ' -> "l"; // the Cyrillic palochka typed for a Latin l (OӀga)
                    default -> String.valueOf(c);
                });
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
                // Belarusian ў is the в/л of the Russian and Ukrainian forms (Волкаў = Волков).
                case 'ў' -> "v";
                case 'ъ', 'ь' -> "";
                // Kazakh, Kyrgyz, Tatar, Bashkir letters (Ғабдулла, Төлешұлы, Йыһанур ҡыҙы).
                case 'ә', 'ӑ' -> "a";
                case 'ғ', 'ҕ' -> "g";
                case 'қ', 'ҡ', 'ќ' -> "k";
                case 'ң' -> "n";
                case 'ө', 'ӧ' -> "o";
                case 'ұ', 'ү', 'ӱ' -> "u";
                case 'һ' -> "x";
                case 'җ' -> "Z";
                case 'ҙ', 'ѕ' -> "z";
                case 'ҫ' -> "s";
                case 'ӏ' -> "l";
                case 'ӗ' -> "e";
                // Serbian and Macedonian.
                case 'ј' -> "j";
                case 'љ' -> "lj";
                case 'њ' -> "nj";
                case 'ћ' -> "C";
                case 'ђ', 'џ' -> "dZ";
                case 'ѓ' -> "g";
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
        // Feminine adjectival endings: Russian -ая (-skaja, -skaya) reads as Ukrainian, Belarusian, Polish -а.
        if (n > 5 && out.charAt(n - 1) == 'a' && out.charAt(n - 2) == 'j' && out.charAt(n - 3) == 'a') {
            out.setLength(n - 2);
            n -= 2;
        }
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
