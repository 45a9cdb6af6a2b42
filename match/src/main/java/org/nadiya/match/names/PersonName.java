package org.nadiya.match.names;

import java.util.ArrayList;
import java.util.List;

/**
 * A person's name split into words and read once, ready to be scored many times. The order of the words is not
 * trusted (surname first or last); in a name of three or more words a patronymic (-ович, -івна, -ovich, -owitsch,
 * -owicz, ...) is set apart, preferring the word right after a known given name.
 */
public final class PersonName {

    final String text;
    final List<NameToken> tokens;
    final NameToken patronymic;

    private PersonName(String text, List<NameToken> tokens, NameToken patronymic) {
        this.text = text;
        this.tokens = tokens;
        this.patronymic = patronymic;
    }

    public static PersonName of(String text) {
        List<NameToken> all = new ArrayList<>(4);
        int length = text.length();
        for (int start = 0; start < length; ) {
            while (start < length && isSeparator(text.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < length && !isSeparator(text.charAt(end))) {
                end++;
            }
            if (end > start) {
                addWord(all, text, start, end);
            }
            start = end;
        }
        NameToken patronymic = null;
        for (int i = 1; i < all.size() && all.size() >= 3; i++) {
            if (all.get(i).isPatronymicWord()) {
                // "Йыһанур ҡыҙы": the father's name and the word for daughter/son of are one patronymic.
                patronymic = all.get(i - 1);
                all.remove(i);
                all.remove(i - 1);
                break;
            }
        }
        if (patronymic == null && all.size() >= 3) {
            patronymic = patronymicOf(all);
            all.remove(patronymic);
        }
        return new PersonName(text, List.copyOf(all), patronymic);
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == '/' || c == '(' || c == ')' || c == '"';
    }

    /** Adds the word without leading dashes or dots and trailing dashes, when it has a letter. */
    private static void addWord(List<NameToken> all, String text, int start, int end) {
        while (start < end && (text.charAt(start) == '-' || text.charAt(start) == '.')) {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        boolean letter = false;
        for (int i = start; i < end && !letter; i++) {
            letter = Character.isLetter(text.charAt(i));
        }
        if (letter) {
            // Two words run together in capitals and small letters (ArmanTuleshovich) are two words.
            for (int i = start + 1; i < end - 1; i++) {
                if (Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i))
                        && Character.isLowerCase(text.charAt(i + 1))) {
                    addWord(all, text, start, i);
                    addWord(all, text, i, end);
                    return;
                }
            }
            NameToken token = NameToken.of(text.substring(start, end));
            if (token.readings.length > 0) {
                all.add(token);
            }
        }
    }

    /**
     * The patronymic among the words after the first: one after a known given name first, else the second word, else
     * the first found. A Slavic ending (-ович, -івна) is sure; a Turkic fused one (-улы, -кызы) also ends given names
     * (Айсулуу), so it is taken only when no word has a Slavic ending.
     */
    private static NameToken patronymicOf(List<NameToken> all) {
        NameToken slavic = patronymicOf(all, true);
        return slavic != null ? slavic : patronymicOf(all, false);
    }

    private static NameToken patronymicOf(List<NameToken> all, boolean slavic) {
        NameToken fallback = null;
        for (int i = 1; i < all.size(); i++) {
            NameToken token = all.get(i);
            if (slavic ? token.hasSlavicPatronymicEnding() : token.isPatronymicShaped()) {
                if (all.get(i - 1).isGivenName()) {
                    return token;
                }
                if (fallback == null || i == 1) {
                    fallback = token;
                }
            }
        }
        return fallback;
    }

    public String text() {
        return text;
    }

    /** True when no word of the name could be read (digits or punctuation only). */
    public boolean isEmpty() {
        return tokens.isEmpty();
    }
}
