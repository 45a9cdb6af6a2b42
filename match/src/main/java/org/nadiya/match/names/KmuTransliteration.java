package org.nadiya.match.names;

/**
 * Ukrainian to Latin by the table of Cabinet of Ministers Resolution No. 55 of 27 January 2010: є ї й ю я are
 * Ye Yi Y Yu Ya at the start of a word and ie i i iu ia elsewhere, "зг" is "zgh", the soft sign and the apostrophe
 * are not rendered. Letters outside the Ukrainian alphabet (ы э ъ ё) get the nearest rendering so that Russian
 * spellings still come out readable; everything else is kept as it is.
 */
public final class KmuTransliteration {

    private KmuTransliteration() {
    }

    public static String transliterate(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            boolean wordStart = i == 0 || !isWordChar(text.charAt(i - 1));
            String latin = latin(lower, wordStart, i + 1 < text.length() ? Character.toLowerCase(text.charAt(i + 1)) : 0,
                    i > 0 ? Character.toLowerCase(text.charAt(i - 1)) : 0);
            if (latin == null) {
                out.append(c);
            } else if (Character.isUpperCase(c) && !latin.isEmpty()) {
                boolean wordInCapitals = neighbourIsCapital(text, i);
                out.append(wordInCapitals ? latin.toUpperCase(java.util.Locale.ROOT)
                        : Character.toUpperCase(latin.charAt(0)) + latin.substring(1));
            } else {
                out.append(latin);
            }
        }
        return out.toString();
    }

    /** Whether the nearest letter before or after (apostrophes skipped) is a capital: the word is in capitals. */
    private static boolean neighbourIsCapital(String text, int i) {
        int next = i + 1;
        while (next < text.length() && isApostrophe(text.charAt(next))) {
            next++;
        }
        int previous = i - 1;
        while (previous >= 0 && isApostrophe(text.charAt(previous))) {
            previous--;
        }
        return next < text.length() && Character.isLetter(text.charAt(next)) && Character.isUpperCase(text.charAt(next))
                || previous >= 0 && Character.isLetter(text.charAt(previous)) && Character.isUpperCase(text.charAt(previous));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == '‘';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || isApostrophe(c);
    }

    /** The Latin for one lower-case letter, or null for a character the table does not cover. */
    static String latin(char c, boolean wordStart, char next, char previous) {
        return switch (c) {
            case 'а' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            case 'г' -> previous == 'з' ? "gh" : "h";
            case 'ґ' -> "g";
            case 'д' -> "d";
            case 'е' -> "e";
            case 'є' -> wordStart ? "ye" : "ie";
            case 'ж' -> "zh";
            case 'з' -> "z";
            case 'и' -> "y";
            case 'і' -> "i";
            case 'ї' -> wordStart ? "yi" : "i";
            case 'й' -> wordStart ? "y" : "i";
            case 'к' -> "k";
            case 'л' -> "l";
            case 'м' -> "m";
            case 'н' -> "n";
            case 'о' -> "o";
            case 'п' -> "p";
            case 'р' -> "r";
            case 'с' -> "s";
            case 'т' -> "t";
            case 'у' -> "u";
            case 'ф' -> "f";
            case 'х' -> "kh";
            case 'ц' -> "ts";
            case 'ч' -> "ch";
            case 'ш' -> "sh";
            case 'щ' -> "shch";
            case 'ь', 'ъ' -> "";
            case 'ю' -> wordStart ? "yu" : "iu";
            case 'я' -> wordStart ? "ya" : "ia";
            case 'ы' -> "y";
            case 'э' -> "e";
            case 'ё' -> wordStart ? "yo" : "io";
            case '\'', '’', 'ʼ', '‘', '`' -> isCyrillic(previous) || isCyrillic(next) || isApostrophe(previous) ? "" : null;
            default -> null;
        };
    }

    private static boolean isCyrillic(char c) {
        return c >= 'а' && c <= 'я' || c == 'є' || c == 'і' || c == 'ї' || c == 'ґ' || c == 'ё';
    }
}
