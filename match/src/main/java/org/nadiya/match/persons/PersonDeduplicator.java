package org.nadiya.match.persons;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.nadiya.match.Fingerprint;
import org.nadiya.match.names.BlockingKeys;

/**
 * Clusters records of the same person. Candidates come from blocks (records sharing a pair-of-words name key or an
 * identifier); pairs the matcher calls a {@linkplain PersonMatch#match() match} are joined (union-find), so
 * clusters are transitive: never on a name alone, never against the names (decision 0054). Each join keeps its
 * evidence, so every cluster shows why its records are one person. A block
 * larger than {@code maxBlock} is skipped and counted, since its pairs would swamp the run. Two clusters whose
 * records carry dates of birth that disagree (other than by a day/month transposition, or a year against a date
 * in it) are never joined, so
 * a record without a date cannot chain two namesakes born years apart into one person.
 */
public final class PersonDeduplicator {

    private final PersonMatcher matcher = new PersonMatcher();
    private final int maxBlock;

    public PersonDeduplicator(int maxBlock) {
        if (maxBlock < 2) {
            throw new IllegalArgumentException("maxBlock must be at least 2");
        }
        this.maxBlock = maxBlock;
    }

    public PersonDeduplicator() {
        this(2000);
    }

    /**
     * The blocking keys of a record: two records are compared only when they share one. The name's pair keys, each
     * word key with an exact date of birth, and each identifier.
     */
    public static Set<String> blockKeys(PersonRecord record) {
        Set<String> keys = new LinkedHashSet<>(BlockingKeys.pairKeys(record.name()));
        BirthDate date = record.birthDate();
        if (date != null && !date.yearOnly()) {
            // A word key with the date of birth: a typo at the start of the surname still meets its record.
            String day = "d:" + date.text() + "|";
            for (String word : BlockingKeys.wordKeys(record.name())) {
                keys.add(day + word);
            }
        }
        for (String identifier : record.identifiers()) {
            keys.add("id:" + identifier);
        }
        return keys;
    }

    /**
     * A place of birth shared by more than this share of the records that name one is no evidence (a capital city):
     * such places are left out of the comparison, rarer ones count (decision 0054).
     */
    static final double COMMON_PLACE_SHARE = 0.01;
    /** ... and by more than this many records: a share says nothing about a handful of records. */
    static final int COMMON_PLACE_COUNT = 100;

    public Clusters run(List<PersonRecord> input) {
        List<PersonRecord> records = withoutCommonPlaces(input);
        int n = records.size();
        int idBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
        long idMask = (1L << idBits) - 1;
        long[] packed = new long[n * 4];
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (String key : blockKeys(records.get(i))) {
                if (count == packed.length) {
                    packed = Arrays.copyOf(packed, packed.length * 2);
                }
                packed[count++] = (Fingerprint.of(key) << idBits) | i;
            }
        }
        Arrays.sort(packed, 0, count);
        int[] parent = new int[n];
        BirthDate[] clusterDate = new BirthDate[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            BirthDate date = records.get(i).birthDate();
            clusterDate[i] = date;
        }
        List<Join> joins = new java.util.ArrayList<>();
        long compared = 0;
        int oversized = 0;
        long skipped = 0;
        int[] block = new int[16];
        for (int start = 0; start < count; ) {
            long blockHash = packed[start] >>> idBits;
            int end = start;
            while (end < count && packed[end] >>> idBits == blockHash) {
                end++;
            }
            int size = end - start;
            if (size > maxBlock) {
                oversized++;
                skipped += (long) size * (size - 1) / 2;
            } else if (size > 1) {
                if (block.length < size) {
                    block = new int[size * 2];
                }
                for (int k = 0; k < size; k++) {
                    block[k] = (int) (packed[start + k] & idMask);
                }
                compared += compareBlock(records, block, size, parent, clusterDate, joins);
            }
            start = end;
        }
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = find(parent, i);
        }
        return new Clusters(cluster, List.copyOf(joins), compared, oversized, skipped);
    }

    private long compareBlock(List<PersonRecord> records, int[] block, int size, int[] parent, BirthDate[] clusterDate,
                              List<Join> joins) {
        long compared = 0;
        for (int x = 0; x < size; x++) {
            for (int y = x + 1; y < size; y++) {
                int a = block[x];
                int b = block[y];
                int rootA = find(parent, a);
                int rootB = find(parent, b);
                if (rootA == rootB || conflict(clusterDate[rootA], clusterDate[rootB])) {
                    continue;
                }
                compared++;
                PersonMatch match = matcher.match(records.get(a), records.get(b));
                if (match.match()) {
                    joins.add(new Join(Math.min(a, b), Math.max(a, b), match.score(), match.evidence()));
                    // The smaller index stays the root, so a cluster is named by its first record.
                    int root = Math.min(rootA, rootB);
                    int child = Math.max(rootA, rootB);
                    parent[child] = root;
                    if (clusterDate[root] == null || clusterDate[root].yearOnly() && clusterDate[child] != null) {
                        clusterDate[root] = clusterDate[child];
                    }
                }
            }
        }
        return compared;
    }

    private static List<PersonRecord> withoutCommonPlaces(List<PersonRecord> records) {
        var counts = new java.util.HashMap<String, Integer>();
        int named = 0;
        for (PersonRecord r : records) {
            if (r.place() != null) {
                counts.merge(r.place(), 1, Integer::sum);
                named++;
            }
        }
        double limit = Math.max(COMMON_PLACE_COUNT, named * COMMON_PLACE_SHARE);
        if (counts.values().stream().noneMatch(c -> c > limit)) {
            return records;
        }
        var out = new java.util.ArrayList<PersonRecord>(records.size());
        for (PersonRecord r : records) {
            out.add(r.place() != null && counts.get(r.place()) > limit
                    ? new PersonRecord(r.id(), r.name(), r.birthDate(), r.identifiers(), null) : r);
        }
        return out;
    }

    private static boolean conflict(BirthDate a, BirthDate b) {
        if (a == null || b == null) {
            return false;
        }
        var agreement = a.compare(b);
        return agreement != BirthDate.Agreement.EXACT && agreement != BirthDate.Agreement.TRANSPOSED
                && agreement != BirthDate.Agreement.SAME_YEAR;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * The outcome: {@code cluster[i]} is the index of the first record of record i's cluster; the joins that made
     * the clusters (a spanning tree of each, with the evidence of every edge); how many pairs were scored; how many
     * blocks were too large and the pairs they held.
     */
    public record Clusters(int[] cluster, List<Join> joins, long comparedPairs, int oversizedBlocks, long skippedPairs) {
    }

    /** Records {@code first} and {@code second} (indexes, first < second) were found to be one person. */
    public record Join(int first, int second, double score, List<String> evidence) {
    }
}
