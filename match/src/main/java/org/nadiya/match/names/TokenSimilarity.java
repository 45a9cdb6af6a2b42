package org.nadiya.match.names;

/**
 * Similarity of two readings, 1 - edit distance / longer length. Sounds that spellings confuse (ш/ж, с/з, а/о,
 * е/и, г/х, a й or a doubled i inserted or dropped) cost half an edit, so Zalužnyj and Saluschnyj stay close.
 */
final class TokenSimilarity {

    private static final String[] NEAR = {"ij", "SZ", "sz", "ao", "ei", "gx", "kx", "cC", "CS", "vf", "dt", "bp", "sc", "zc"};

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
        double[] previous = new double[m + 1];
        double[] current = new double[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            current[0] = i;
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                double substitute = previous[j - 1] + (ca == cb ? 0 : near(ca, cb) ? 0.5 : 1);
                double delete = previous[j] + gapCost(a, i - 1);
                double insert = current[j - 1] + gapCost(b, j - 1);
                current[j] = Math.min(substitute, Math.min(delete, insert));
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.max(0.0, 1.0 - previous[m] / Math.max(n, m));
    }

    /** A й, or an i next to another i or й (ії, ій, йі: where KMU and other tables disagree), is half an edit. */
    private static double gapCost(String s, int at) {
        char c = s.charAt(at);
        if (c == 'j') {
            return 0.5;
        }
        if (c == 'i') {
            boolean before = at > 0 && (s.charAt(at - 1) == 'i' || s.charAt(at - 1) == 'j');
            boolean after = at + 1 < s.length() && (s.charAt(at + 1) == 'i' || s.charAt(at + 1) == 'j');
            return before || after ? 0.5 : 1;
        }
        return 1;
    }

    private static boolean near(char a, char b) {
        for (String pair : NEAR) {
            if (pair.charAt(0) == a && pair.charAt(1) == b || pair.charAt(0) == b && pair.charAt(1) == a) {
                return true;
            }
        }
        return false;
    }
}
