package org.nadiya.flow.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nadiya.flow.TransactionGraph;
import org.nadiya.flow.ingest.CsvReader;

/**
 * An analyst's verdicts on accounts: CSV {@code account,label[,group]} with an optional header row. A label is
 * {@code 1}/{@code confirmed} (the account took part in laundering) or {@code 0}/{@code dismissed}; {@code group}
 * (e.g. the finding's id) keeps accounts judged together in one fold when the threshold is chosen, so a group's
 * members never vouch for each other. Accounts the statements do not name are counted and left out.
 */
public record Labels(int[] accounts, float[] labels, String[] groups, int unknown) {

    public int size() {
        return accounts.length;
    }

    public int positives() {
        int n = 0;
        for (float l : labels) {
            n += l > 0.5f ? 1 : 0;
        }
        return n;
    }

    /**
     * Verdicts given as account → (confirmed, group); accounts the statements do not name are counted as unknown.
     * An account in a confirmed and a dismissed group counts as confirmed (it took part in one pattern at least).
     */
    public static Labels of(TransactionGraph graph, Map<String, Boolean> confirmed, Map<String, String> groups) {
        List<Integer> accounts = new ArrayList<>();
        List<String> groupOf = new ArrayList<>();
        int unknown = 0;
        for (String account : new java.util.TreeSet<>(confirmed.keySet())) {
            int a = graph.accountIndex(account);
            if (a < 0) {
                unknown++;
                continue;
            }
            accounts.add(a);
            groupOf.add(groups.getOrDefault(account, "account:" + account));
        }
        float[] l = new float[accounts.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = confirmed.get(graph.account(accounts.get(i))) ? 1f : 0f;
        }
        return new Labels(accounts.stream().mapToInt(Integer::intValue).toArray(), l, groupOf.toArray(String[]::new),
                unknown);
    }

    public static Labels read(Path file, TransactionGraph graph) throws IOException {
        List<Integer> accounts = new ArrayList<>();
        List<Float> labels = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        Map<Integer, Long> seen = new HashMap<>();
        int unknown = 0;
        try (var csv = new CsvReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), ',')) {
            for (String[] row = csv.next(); row != null; row = csv.next()) {
                long line = csv.line();
                if (row.length == 0 || row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                if (line == 1 && row[0].trim().equalsIgnoreCase("account")) {
                    continue;
                }
                if (row.length < 2) {
                    throw new IllegalArgumentException(file + ", row " + line + ": expected account,label[,group]");
                }
                Float label = label(row[1]);
                if (label == null) {
                    throw new IllegalArgumentException(file + ", row " + line + ", column 'label': '" + row[1].trim()
                            + "' is not 1, 0, confirmed or dismissed");
                }
                int a = graph.accountIndex(row[0].trim());
                if (a < 0) {
                    unknown++;
                    continue;
                }
                Long earlier = seen.putIfAbsent(a, line);
                if (earlier != null) {
                    throw new IllegalArgumentException(file + ", row " + line + ": account '" + row[0].trim()
                            + "' is labelled already in row " + earlier);
                }
                accounts.add(a);
                labels.add(label);
                groups.add(row.length > 2 && !row[2].isBlank() ? row[2].trim() : "account:" + row[0].trim());
            }
        }
        float[] l = new float[labels.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = labels.get(i);
        }
        return new Labels(accounts.stream().mapToInt(Integer::intValue).toArray(), l, groups.toArray(String[]::new),
                unknown);
    }

    private static Float label(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "1", "confirmed", "true" -> 1f;
            case "0", "dismissed", "false" -> 0f;
            default -> null;
        };
    }
}
