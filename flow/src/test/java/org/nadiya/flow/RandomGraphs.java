package org.nadiya.flow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small seeded random transaction sets for property tests. */
public final class RandomGraphs {

    public static final long T0 = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();

    private RandomGraphs() {
    }

    public static List<Transaction> transactions(Random random, int accounts, int count, long spanSeconds,
                                                 long maxAmount) {
        List<Transaction> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int a = random.nextInt(accounts);
            int b = random.nextInt(accounts - 1);
            if (b >= a) {
                b++;
            }
            long amount = 1 + (long) (random.nextDouble() * maxAmount);
            list.add(new Transaction("t" + i, Instant.ofEpochSecond(T0 + (long) (random.nextDouble() * spanSeconds)),
                    "A" + a, "A" + b, amount, "UAH"));
        }
        return list;
    }

    public static TransactionGraph graph(List<Transaction> transactions) {
        var builder = new GraphBuilder();
        transactions.forEach(builder::accept);
        return builder.build();
    }

    public static Transaction tx(String id, long secondsAfterT0, String from, String to, long minor) {
        return new Transaction(id, Instant.ofEpochSecond(T0 + secondsAfterT0), from, to, minor, "UAH");
    }
}
