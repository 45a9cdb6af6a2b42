package org.nadiya.match;

/**
 * Latin and Cyrillic letters that look the same. Documents and plates are typed in either script (capitals:
 * А/A, В/B, Е/E, ...), and names get Latin letters inside Cyrillic words (lower case after folding К/K to к/k).
 */
public final class Lookalikes {

    private static final String LATIN_CAPITALS = "ABCEHIKMOPTXY";
    private static final String CYRILLIC_CAPITALS = "АВСЕНІКМОРТХУ";
    private static final String LATIN_LOWER = "aeiopcxykmhtb";
    private static final String CYRILLIC_LOWER = "аеіорсхукмнтв";

    private Lookalikes() {
    }

    public static String capitalsToLatin(String upper) {
        return map(upper, CYRILLIC_CAPITALS, LATIN_CAPITALS);
    }

    public static String capitalsToCyrillic(String upper) {
        return map(upper, LATIN_CAPITALS, CYRILLIC_CAPITALS);
    }

    public static String lowerToCyrillic(String lower) {
        return map(lower, LATIN_LOWER, CYRILLIC_LOWER);
    }

    private static String map(String text, String from, String to) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = from.indexOf(c);
            out.append(at >= 0 ? to.charAt(at) : c);
        }
        return out.toString();
    }
}
