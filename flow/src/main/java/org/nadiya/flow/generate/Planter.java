package org.nadiya.flow.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.nadiya.flow.detect.Typology;

/** Writes one instance of every typology with the default rules' parameters comfortably met. */
final class Planter {

    private static final long HOUR = 3600;
    private final Generator generator;
    private final Writer out;
    private int next;
    private List<String> ids;
    private List<String> accounts;

    Planter(Generator generator, Writer out) {
        this.generator = generator;
        this.out = out;
    }

    List<Plant> plantAll() throws IOException {
        return List.of(fan(true), fan(false), scatterGather(), gatherScatter(), cycle(), stack(), bipartite(),
                passThrough(), structuring(), smallPayments(), highRisk(), burst());
    }

    private void begin() {
        ids = new ArrayList<>();
        accounts = new ArrayList<>();
    }

    private String fresh() {
        String a = generator.freshAccount();
        accounts.add(a);
        return a;
    }

    private void pay(long time, String from, String to, long minor) throws IOException {
        String id = "P" + next++;
        ids.add(id);
        generator.row(out, id, time, from, to, minor);
    }

    private long uah(long low, long high) {
        return (low + (long) (generator.random().nextDouble() * (high - low))) * 100;
    }

    private Plant fan(boolean out) throws IOException {
        begin();
        String hub = fresh();
        long t = generator.someTime(48 * HOUR);
        for (int i = 0; i < 12; i++) {
            String other = fresh();
            pay(t + i * 3 * HOUR, out ? hub : other, out ? other : hub, uah(1_000, 9_000));
        }
        return Generator.plant(out ? Typology.FAN_OUT : Typology.FAN_IN, accounts, ids);
    }

    private Plant scatterGather() throws IOException {
        begin();
        String s = fresh();
        String sink = fresh();
        long t = generator.someTime(30 * HOUR);
        long x = uah(20_000, 90_000);
        for (int i = 0; i < 4; i++) {
            String m = fresh();
            pay(t + i * HOUR, s, m, x);
            pay(t + (6 + i) * HOUR, m, sink, x * 97 / 100);
        }
        return Generator.plant(Typology.SCATTER_GATHER, accounts, ids, Typology.FAN_OUT, Typology.FAN_IN);
    }

    private Plant gatherScatter() throws IOException {
        begin();
        String m = fresh();
        long t = generator.someTime(48 * HOUR);
        for (int i = 0; i < 6; i++) {
            pay(t + i * HOUR, fresh(), m, uah(5_000, 15_000));
        }
        for (int i = 0; i < 6; i++) {
            pay(t + (8 + i) * HOUR, m, fresh(), uah(5_000, 15_000));
        }
        return Generator.plant(Typology.GATHER_SCATTER, accounts, ids, Typology.PASS_THROUGH, Typology.FAN_IN,
                Typology.FAN_OUT);
    }

    private Plant cycle() throws IOException {
        begin();
        int length = 3 + generator.random().nextInt(3);
        List<String> ring = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            ring.add(fresh());
        }
        long t = generator.someTime(length * 6 * HOUR);
        long x = uah(30_000, 200_000);
        for (int i = 0; i < length; i++) {
            pay(t + i * 5 * HOUR, ring.get(i), ring.get((i + 1) % length), x);
            x = x * 98 / 100;
        }
        return length >= 4 ? Generator.plant(Typology.CYCLE, accounts, ids, Typology.STACK)
                : Generator.plant(Typology.CYCLE, accounts, ids);
    }

    private Plant stack() throws IOException {
        begin();
        String from = fresh();
        long t = generator.someTime(30 * HOUR);
        long x = uah(50_000, 300_000);
        for (int i = 0; i < 5; i++) {
            String to = fresh();
            pay(t + i * 4 * HOUR, from, to, x);
            x = x * 98 / 100;
            from = to;
        }
        return Generator.plant(Typology.STACK, accounts, ids);
    }

    private Plant bipartite() throws IOException {
        begin();
        List<String> payers = List.of(fresh(), fresh(), fresh(), fresh());
        List<String> payees = List.of(fresh(), fresh(), fresh(), fresh());
        long t = generator.someTime(10 * 86_400);
        for (String p : payers) {
            for (String q : payees) {
                pay(t + (long) (generator.random().nextDouble() * 10 * 86_400), p, q, uah(2_000, 20_000));
            }
        }
        return Generator.plant(Typology.BIPARTITE, accounts, ids);
    }

    private Plant passThrough() throws IOException {
        begin();
        String mule = fresh();
        String boss = fresh();
        long t = generator.someTime(10 * 86_400);
        for (int i = 0; i < 4; i++) {
            long x = uah(10_000, 40_000);
            pay(t + i * 2 * 86_400, fresh(), mule, x);
            pay(t + i * 2 * 86_400 + 3 * HOUR, mule, boss, x * 95 / 100);
        }
        return Generator.plant(Typology.PASS_THROUGH, accounts, ids);
    }

    private Plant structuring() throws IOException {
        begin();
        String a = fresh();
        long t = generator.someTime(5 * 86_400);
        for (int i = 0; i < 4; i++) {
            pay(t + i * 86_400, a, fresh(), uah(370_000, 399_900));
        }
        return Generator.plant(Typology.STRUCTURING, accounts, ids);
    }

    private Plant smallPayments() throws IOException {
        begin();
        String r = fresh();
        long t = generator.someTime(20 * 86_400);
        for (int i = 0; i < 25; i++) {
            pay(t + (long) (generator.random().nextDouble() * 20 * 86_400), fresh(), r, uah(200, 1_500));
        }
        return Generator.plant(Typology.SMALL_PAYMENTS, accounts, ids, Typology.FAN_IN);
    }

    private Plant burst() throws IOException {
        begin();
        String payer = fresh();
        List<String> payees = List.of(fresh(), fresh(), fresh());
        long t = generator.someTime(5 * 86_400);
        for (int day = 0; day < 5; day++) {
            for (int i = 0; i < 2; i++) {
                for (String payee : payees) {
                    pay(t + day * 86_400 + i * 6 * HOUR, payer, payee, uah(500, 5_000));
                }
            }
        }
        return Generator.plant(Typology.BURST, accounts, ids);
    }

    private Plant highRisk() throws IOException {
        begin();
        String a = fresh();
        String foreign = "RU02" + String.format("%025d", generator.random().nextInt(1_000_000_000));
        accounts.add(foreign);
        long t = generator.someTime(5 * 86_400);
        pay(t, a, foreign, uah(5_000, 80_000));
        pay(t + 2 * 86_400, a, foreign, uah(5_000, 80_000));
        return Generator.plant(Typology.HIGH_RISK_COUNTRY, accounts, ids);
    }
}
