package org.nadiya.match.names;

/**
 * Similarity of two readings, 1 - edit distance / longer length. Sounds that spellings confuse (ш/ж, с/з, а/о,
 * е/и, г/х, і/й, a й or a doubled i inserted or dropped) cost half an edit, so Zalužnyj and Saluschnyj stay close.
 * Costs are counted in half edits as ints; this is the innermost loop of every comparison.
 */
final class TokenSimilarity {

    private static final String[] NEAR_PAIRS = {"ij", "SZ", "sz", "ao", "ei", "gx", "kx", "cC", "CS", "vf", "dt", "bp", "sc", "zc"};
    private static final boolean[] NEAR = new boolean[128 * 128];

    static {
        for (String pair : NEAR_PAIRS) {
            NEAR[pair.charAt(0) * 128 + pair.charAt(1)] = true;
            NEAR[pair.charAt(1) * 128 + pair.charAt(0)] = true;
        }
    }

    private TokenSimilarity() {
    }

    static double of(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) {
            return 0.0;
        }
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        int[] insertCost = new int[m];
        for (int j = 0; j < m; j++) {
            insertCost[j] = gapCost(b, j);
            previous[j + 1] = previous[j] + insertCost[j];
        }
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            int deleteCost = gapCost(a, i - 1);
            current[0] = previous[0] + deleteCost;
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int substitute = previous[j - 1] + (ca == cb ? 0 : near(ca, cb) ? 1 : 2);
                int delete = previous[j] + deleteCost;
                int insert = current[j - 1] + insertCost[j - 1];
                current[j] = Math.min(substitute, Math.min(delete, insert));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.max(0.0, 1.0 - previous[m] / (2.0 * Math.max(n, m)));
    }

    /** The most {@link #of} can give for words of these lengths: each extra letter costs at least half an edit. */
    static double upperBound(String a, String b) {
        int n = a.length();
        int m = b.length();
        return 1.0 - Math.abs(n - m) / (2.0 * Math.max(1, Math.max(n, m)));
    }

    /** A й, or an i next to another i or й (ії, ій, йі: where KMU and other tables disagree), is half an edit. */
    private static int gapCost(String s, int at) {
        char c = s.charAt(at);
        if (c == 'j') {
            return 1;
        }
        if (c == 'i') {
            boolean before = at > 0 && (s.charAt(at - 1) == 'i' || s.charAt(at - 1) == 'j');
            boolean after = at + 1 < s.length() && (s.charAt(at + 1) == 'i' || s.charAt(at + 1) == 'j');
            return before || after ? 1 : 2;
        }
        return 2;
    }

    private static boolean near(char a, char b) {
        return a < 128 && b < 128 && NEAR[a * 128 + b];
    }
}
