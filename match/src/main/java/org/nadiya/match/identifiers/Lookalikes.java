package org.nadiya.match.identifiers;

/** Latin and Cyrillic capitals that look the same (А/A, В/B, ...): documents and plates are typed in either. */
final class Lookalikes {

    private static final String LATIN = "ABCEHIKMOPTXY";
    private static final String CYRILLIC = "АВСЕНІКМОРТХУ";

    private Lookalikes() {
    }

    static String toLatin(String upper) {
        return map(upper, CYRILLIC, LATIN);
    }

    static String toCyrillic(String upper) {
        return map(upper, LATIN, CYRILLIC);
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
