package org.nadiya.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Runs every indicator's terms over a folded text, trying each rule only at word starts and only when the
 * word's first character can begin one of its terms. Which characters can begin a term is asked of the regex
 * engine itself (a one-character input that matches or runs out of input), so analysts' terms need no special
 * form; a character outside the table tries every rule. This keeps screening at thousands of ads a second
 * (docs/benchmarks.md) where scanning every position with every rule was four times slower.
 */
final class RuleScanner {

    private static final int TABLE = 0x0500;

    private final List<IndicatorRule> rules;
    private final int[][] candidates;
    private final int[] all;

    RuleScanner(List<IndicatorRule> rules) {
        this.rules = rules;
        this.all = new int[rules.size()];
        for (int r = 0; r < all.length; r++) {
            all[r] = r;
        }
        this.candidates = new int[TABLE][];
        for (char c = 0; c < TABLE; c++) {
            List<Integer> able = new ArrayList<>();
            for (int r = 0; r < rules.size(); r++) {
                Matcher m = rules.get(r).anchored().matcher(String.valueOf(c));
                if (m.lookingAt() || m.hitEnd()) {
                    able.add(r);
                }
            }
            candidates[c] = able.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Hits as folded spans: for rule r, up to {@code limit} [start, end) pairs, in text order. */
    List<int[]>[] scan(String folded, int limit) {
        @SuppressWarnings("unchecked")
        List<int[]>[] hits = new List[rules.size()];
        Matcher[] matchers = new Matcher[rules.size()];
        int[] nextFree = new int[rules.size()];
        int length = folded.length();
        for (int i = 0; i < length; i++) {
            char c = folded.charAt(i);
            if (i > 0 && isWordChar(folded.charAt(i - 1))) {
                continue;
            }
            int[] able = c < TABLE ? candidates[c] : all;
            for (int r : able) {
                if (i < nextFree[r] || (hits[r] != null && hits[r].size() >= limit)) {
                    continue;
                }
                Matcher m = matchers[r];
                if (m == null) {
                    m = rules.get(r).anchored().matcher(folded);
                    matchers[r] = m;
                }
                m.region(i, length);
                if (m.lookingAt()) {
                    if (hits[r] == null) {
                        hits[r] = new ArrayList<>(2);
                    }
                    hits[r].add(new int[] {i, m.end()});
                    nextFree[r] = Math.max(m.end(), i + 1);
                }
            }
        }
        return hits;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
