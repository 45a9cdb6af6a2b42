package org.nadiya.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * k-anonymity for record-level exports: after this, every combination of quasi-identifier values that occurs in
 * the output occurs in at least k records. Records whose combination is rarer first lose quasi-identifier values
 * one at a time (replaced by {@link #SUPPRESSED}, in the order given: the most identifying first); records still in
 * a class smaller than k when all are suppressed are left out. Records in large enough classes are never touched.
 */
public final class KAnonymity {

    public static final String SUPPRESSED = "*";
    public static final int DEFAULT_K = 11;

    private final int k;

    public KAnonymity(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2");
        }
        this.k = k;
    }

    public int k() {
        return k;
    }

    /** The records generalised further and filtered; input rows are not changed. */
    public Result anonymise(List<String> columns, List<List<String>> rows, List<String> quasiIdentifiers) {
        int[] qi = new int[quasiIdentifiers.size()];
        for (int i = 0; i < qi.length; i++) {
            qi[i] = columns.indexOf(quasiIdentifiers.get(i));
            if (qi[i] < 0) {
                throw new IllegalArgumentException("no column " + quasiIdentifiers.get(i));
            }
        }
        List<List<String>> working = new ArrayList<>();
        for (List<String> row : rows) {
            working.add(new ArrayList<>(row));
        }
        int suppressedValues = 0;
        for (int step = 0; step <= qi.length; step++) {
            Map<List<String>, Integer> sizes = classSizes(working, qi);
            List<List<String>> rare = working.stream().filter(r -> sizes.get(key(r, qi)) < k).toList();
            if (rare.isEmpty()) {
                break;
            }
            if (step == qi.length) {
                working.removeAll(rare);
                return new Result(columns, working, suppressedValues, rare.size());
            }
            for (List<String> row : rare) {
                if (!SUPPRESSED.equals(row.get(qi[step]))) {
                    row.set(qi[step], SUPPRESSED);
                    suppressedValues++;
                }
            }
        }
        return new Result(columns, working, suppressedValues, 0);
    }

    /** How many records share each combination of quasi-identifier values. */
    public static Map<List<String>, Integer> classSizes(List<List<String>> rows, int[] qi) {
        Map<List<String>, Integer> sizes = new HashMap<>();
        for (List<String> row : rows) {
            sizes.merge(key(row, qi), 1, Integer::sum);
        }
        return sizes;
    }

    private static List<String> key(List<String> row, int[] qi) {
        List<String> key = new ArrayList<>(qi.length);
        for (int i : qi) {
            key.add(row.get(i));
        }
        return key;
    }

    /**
     * @param suppressedValues quasi-identifier values replaced by {@link #SUPPRESSED}
     * @param droppedRecords   records left out because even fully suppressed they stayed in a class under k
     */
    public record Result(List<String> columns, List<List<String>> rows, int suppressedValues, int droppedRecords) {
    }
}
