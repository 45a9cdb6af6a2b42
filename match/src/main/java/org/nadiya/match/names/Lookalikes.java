package org.nadiya.match.names;

/** Latin letters typed inside a Cyrillic word because they look alike (a, e, i, o, p, c, x, y, k, m, h, t, b). */
final class Lookalikes {

    private static final String LATIN = "aeiopcxykmhtb";
    private static final String CYRILLIC = "аеіорсхукмнтв";

    private Lookalikes() {
    }

    static String toCyrillic(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int at = LATIN.indexOf(c);
            out.append(at >= 0 ? CYRILLIC.charAt(at) : c);
        }
        return out.toString();
    }
}
