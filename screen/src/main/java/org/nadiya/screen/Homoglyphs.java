package org.nadiya.screen;

/**
 * Latin and Cyrillic letters that look alike. Ad writers mix them ("рабoта" with a Latin o, "Pоland" with a
 * Cyrillic о) so that moderation filters miss the word; a word is repaired towards the script most of its
 * letters are in. A tie is left alone: nothing says which script was meant.
 */
final class Homoglyphs {

    private static final String LATIN = "AaBCcEeHIiKkMOoPpTXxYy";
    private static final String CYRILLIC = "АаВСсЕеНІіКкМОоРрТХхУу";

    private Homoglyphs() {
    }

    /**
     * The text with every mixed-script word repaired; same length, so indices still point into the original.
     * Returns the repaired text and, through {@code repairedWords}, how many words needed it.
     */
    static String repair(String text, int[] repairedWords) {
        char[] chars = text.toCharArray();
        int count = 0;
        int i = 0;
        while (i < chars.length) {
            if (!Character.isLetter(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            int cyrillic = 0;
            int latin = 0;
            while (i < chars.length && (Character.isLetter(chars[i]) || chars[i] == '\'' || chars[i] == '’')) {
                char c = chars[i];
                if (isCyrillic(c)) {
                    cyrillic++;
                } else if (isLatin(c)) {
                    latin++;
                }
                i++;
            }
            if (cyrillic > 0 && latin > 0 && cyrillic != latin) {
                boolean toCyrillic = cyrillic > latin;
                boolean changed = false;
                for (int k = start; k < i; k++) {
                    int at = (toCyrillic ? LATIN : CYRILLIC).indexOf(chars[k]);
                    if (at >= 0) {
                        chars[k] = (toCyrillic ? CYRILLIC : LATIN).charAt(at);
                        changed = true;
                    }
                }
                if (changed) {
                    count++;
                }
            }
        }
        if (repairedWords != null) {
            repairedWords[0] = count;
        }
        return count == 0 ? text : new String(chars);
    }

    static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u00C0' && c <= '\u024F');
    }
}
