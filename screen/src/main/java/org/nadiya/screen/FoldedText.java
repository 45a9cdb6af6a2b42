package org.nadiya.screen;

/**
 * An ad's text prepared for matching: homoglyphs repaired, lower case, ё as е, every apostrophe and dash
 * unified, runs of white space as one space. {@code origin[i]} is the index in the original of folded
 * character {@code i}, so a match in the folded text becomes an evidence span in what the analyst sees.
 */
final class FoldedText {

    final String original;
    /** The original with homoglyphs repaired: same length and indices, case kept (for selectors). */
    final String repaired;
    final String folded;
    final int repairedWords;
    private final int[] origin;

    FoldedText(String original) {
        this.original = original;
        int[] words = new int[1];
        this.repaired = Homoglyphs.repair(original, words);
        this.repairedWords = words[0];
        var out = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        boolean lastSpace = true;
        for (int i = 0; i < repaired.length(); i++) {
            char c = fold(repaired.charAt(i));
            if (c == ' ') {
                if (lastSpace) {
                    continue;
                }
                lastSpace = true;
            } else {
                lastSpace = false;
            }
            map[out.length()] = i;
            out.append(c);
        }
        map[out.length()] = original.length();
        this.folded = out.toString();
        this.origin = map;
    }

    private static char fold(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        return switch (c) {
            case '’', 'ʼ', '`', '´', '‘', '′' -> '\'';
            case '–', '—', '−', '‑' -> '-';
            case 'Ё', 'ё' -> 'е';
            default -> Character.toLowerCase(c);
        };
    }

    /** Start in the original of the folded index. */
    int originalStart(int foldedStart) {
        return origin[foldedStart];
    }

    /** End (exclusive) in the original of a folded span ending (exclusive) at {@code foldedEnd}. */
    int originalEnd(int foldedEnd) {
        return foldedEnd == 0 ? 0 : origin[foldedEnd - 1] + 1;
    }
}
