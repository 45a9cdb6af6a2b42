package org.nadiya.flow.generate;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.nadiya.flow.Money;
import org.nadiya.flow.detect.Typology;

/**
 * Writes a canonical CSV of random background payments among IBAN-like Ukrainian accounts over 90 days and,
 * when asked, planted instances of every typology (returned as ground truth). Same seed, same file.
 */
public final class Generator {

    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final long SPAN = 90L * 86_400;
    private static final String HEADER = "id,timestamp,from_account,to_account,amount,currency\n";

    private final int accounts;
    private final long transactions;
    private final Random random;
    private final boolean plant;
    private long written;
    private int planted;

    public Generator(int accounts, long transactions, long seed, boolean plant) {
        if (accounts < 20) {
            throw new IllegalArgumentException("--accounts must be at least 20");
        }
        if (transactions < 1) {
            throw new IllegalArgumentException("--transactions must be positive");
        }
        this.accounts = accounts;
        this.transactions = transactions;
        this.random = new Random(seed);
        this.plant = plant;
    }

    public static String account(long n) {
        return "UA" + String.format("%02d", 10 + n % 89) + String.format("%025d", n);
    }

    /** Writes the file and returns the planted patterns (empty without planting). */
    public List<Plant> write(Writer out) throws IOException {
        out.write(HEADER);
        List<Plant> plants = new ArrayList<>();
        int perTypology = plant ? (int) Math.max(3, Math.min(transactions / 100_000, 200)) : 0;
        long plantedRows = 0;
        if (plant) {
            var planter = new Planter(this, out);
            for (int k = 0; k < perTypology; k++) {
                plants.addAll(planter.plantAll());
            }
            plantedRows = written;
        }
        for (long i = 0; i < transactions - plantedRows; i++) {
            int a = random.nextInt(accounts);
            int b = random.nextInt(accounts - 1);
            if (b >= a) {
                b++;
            }
            // log-uniform 100 .. 50,000 UAH: below the structuring band and the small-payment ceiling's crowd
            long amount = (long) (10_000 * Math.pow(500, random.nextDouble()));
            row(out, "T" + i, START.getEpochSecond() + (long) (random.nextDouble() * SPAN), account(a), account(b),
                    amount);
        }
        return plants;
    }

    void row(Writer out, String id, long time, String from, String to, long minor) throws IOException {
        out.write(id);
        out.write(',');
        out.write(Instant.ofEpochSecond(time).toString());
        out.write(',');
        out.write(from);
        out.write(',');
        out.write(to);
        out.write(',');
        out.write(Money.format(minor));
        out.write(",UAH\n");
        written++;
    }

    Random random() {
        return random;
    }

    /** A fresh account number outside the background range, so planted patterns do not collide. */
    String freshAccount() {
        return account(accounts + (long) planted++);
    }

    /** Time inside the span leaving {@code room} seconds after it. */
    long someTime(long room) {
        return START.getEpochSecond() + (long) (random.nextDouble() * (SPAN - room));
    }

    static Plant plant(Typology typology, List<String> accounts, List<String> transactions, Typology... implies) {
        return new Plant(typology, List.copyOf(accounts), List.copyOf(transactions), Set.of(implies));
    }
}
