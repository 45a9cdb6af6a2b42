package org.nadiya.bench.match;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.nadiya.match.identifiers.IdentifierIndex;
import org.nadiya.match.identifiers.IdentifierKind;
import org.nadiya.match.identifiers.Identifiers;

/**
 * Hit detection: a database of D identifiers (phones, e-mails) held by 1,000,000 proceedings, and a new proceeding
 * bringing Q raw identifiers typed the way people type them, half of them already known. The timed part is what
 * the application does for the new proceeding: normalise each raw identifier and look up its owners. The hits
 * found are checked against the ones planted.
 *   args: [database=10000000] [queries=1000] [seed=13]
 */
public final class HitsBenchmark {

    private static final String[] OPERATORS = {"50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"};

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 13L;
        Random random = new Random(seed);
        var index = new IdentifierIndex(size);
        String[] raw = new String[queries];
        int[] plantedOwner = new int[queries];
        Arrays.fill(plantedOwner, -1);
        long start = System.nanoTime();
        for (int i = 0; i < size; i++) {
            int owner = random.nextInt(1_000_000);
            boolean phone = i % 5 != 0;
            String operator = OPERATORS[random.nextInt(OPERATORS.length)];
            int subscriber = 1_000_000 + random.nextInt(9_000_000);
            String key = phone ? "PHONE:+380" + operator + subscriber : "EMAIL:user" + i + "@ukr.net";
            index.add(key, owner);
            if (i % (size / (queries / 2)) == 0 && i / (size / (queries / 2)) < queries / 2) {
                int q = i / (size / (queries / 2));
                raw[q] = phone ? "0" + operator + " " + subscriber : "User" + i + "@UKR.NET";
                plantedOwner[q] = owner;
            }
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        for (int q = queries / 2; q < queries; q++) {
            raw[q] = "absent" + q + "@example.org";
        }
        var identifiers = new Identifiers("bench-card-key-0123456789".getBytes(StandardCharsets.UTF_8));
        double[] millis = new double[7];
        int hits = 0;
        for (int r = 0; r < millis.length + 3; r++) {
            long t = System.nanoTime();
            hits = 0;
            for (int q = 0; q < queries; q++) {
                IdentifierKind kind = raw[q].contains("@") ? IdentifierKind.EMAIL : IdentifierKind.PHONE;
                int[] owners = index.owners(identifiers.normalise(kind, raw[q]).matchKey());
                int planted = plantedOwner[q];
                if (planted >= 0 && Arrays.stream(owners).noneMatch(o -> o == planted)) {
                    System.out.println("FAILED: planted identifier " + raw[q] + " not found");
                    System.exit(1);
                }
                hits += owners.length > 0 ? 1 : 0;
            }
            if (r >= 3) {
                millis[r - 3] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "database %d identifiers (%d entries) built in %.1f s; %d queries, %d with hits%n",
                size, index.size(), buildSeconds, queries, hits);
        System.out.printf(Locale.ROOT, "normalise + look up %d identifiers: median %.2f ms (min %.2f, max %.2f)%n",
                queries, millis[3], millis[0], millis[6]);
        if (hits < queries / 2) {
            System.out.println("FAILED: fewer hits than planted");
            System.exit(1);
        }
    }
}
