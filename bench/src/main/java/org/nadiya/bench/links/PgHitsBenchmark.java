package org.nadiya.bench.links;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Hit detection in PostgreSQL at 10,000,000 stored identifiers, with the application's table shape and indexes
 * ({@code link_identifier} of V22/V27: index on {@code match_key}, on {@code proceeding_id}, unique
 * {@code (proceeding_id, match_key, person_id)}; {@code link_hit} of V23) and the application's statements
 * ({@code IdentifierStore.exists/insert/otherProceedings}, {@code HitStore.insertIfAbsent}), run the way
 * {@code LinksService.importCsv} runs them: one transaction for a new proceeding's batch of identifiers, each one
 * checked for a duplicate, inserted and probed for other proceedings holding its key, each hit stored.
 *
 * <p>Data: N identifiers held by 1,000,000 proceedings, 80 % mobile phones (E.164 keys; 5 % of the rows repeat a
 * phone of another proceeding, as a recruiter's phone turns up in several), 20 % e-mails; generated inside PostgreSQL by
 * {@code generate_series}, then indexed and analysed. Kept between runs (reused when the row count matches).
 * Each repetition adds a batch of B identifiers to a new proceeding — half of them keys already stored (drawn at
 * random), half new — and rolls back, so repetitions are alike. The hits found are checked against the planted
 * keys (each must find the proceeding it was drawn from; a new key must find none), so a fast wrong answer fails.
 * Normalisation by the engine is not timed here (in-memory figure: {@code bench/run-match.sh hits}).
 *
 * <p>Usage: {@code bench/run-link-hits-pg.sh [identifiers=10000000] [batch=1000] [repetitions=11]}; PostgreSQL
 * from NADIYA_BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/nadiya_bench_links), user postgres.
 */
public final class PgHitsBenchmark {

    static final String[] OPERATORS = {"50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"};
    static final int PROCEEDINGS = 1_000_000;

    // The application's statements (links.internal.IdentifierStore and HitStore), verbatim but for the table prefix.
    static final String EXISTS = "select count(*) from link_identifier where proceeding_id = ? and match_key = ?"
            + " and person_id is null and organisation_id is null";
    static final String INSERT = "insert into link_identifier (value_key, proceeding_id, person_id, person_pseudonym,"
            + " organisation_id, kind, match_key, display, source, created_by, created_at)"
            + " values (?, ?, null, null, null, ?, ?, ?, 'CSV', 'bench', ?)";
    static final String OTHERS = "select distinct proceeding_id from link_identifier where match_key = ? and proceeding_id <> ?";
    static final String HIT_EXISTS = "select count(*) from link_hit where match_key = ? and proceeding_a = ? and proceeding_b = ?";
    static final String HIT_INSERT = "insert into link_hit (kind, match_key, proceeding_a, proceeding_b, transnational,"
            + " created_at) values (?, ?, ?, ?, false, ?)";

    public static void main(String[] args) throws SQLException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 11;
        String url = System.getenv().getOrDefault("NADIYA_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/nadiya_bench_links");
        try (Connection c = DriverManager.getConnection(url, System.getenv().getOrDefault("NADIYA_BENCH_PG_USER", "postgres"),
                System.getenv().getOrDefault("NADIYA_BENCH_PG_PASSWORD", ""))) {
            load(c, size);
            c.setAutoCommit(false);
            var random = new Random(29);
            var millis = new ArrayList<Double>();
            var probes = new ArrayList<Double>();
            int hitsTotal = 0;
            for (int rep = -2; rep < repetitions; rep++) { // two warm-up batches, not counted
                var keys = batch(random, size, batch, rep);
                long start = System.nanoTime();
                var result = addProceeding(c, 2_000_000 + Math.max(rep, 0), keys, probes, rep >= 0);
                double ms = (System.nanoTime() - start) / 1e6;
                c.rollback();
                check(keys, result);
                if (rep >= 0) {
                    millis.add(ms);
                    hitsTotal += result.hits;
                }
            }
            Collections.sort(millis);
            Collections.sort(probes);
            System.out.printf(Locale.ROOT, "batch of %,d identifiers (half known) into %,d stored: median %.1f ms,"
                            + " min %.1f ms, max %.1f ms over %d repetitions; %,d hits per batch on average%n",
                    batch, size, millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1),
                    repetitions, hitsTotal / repetitions);
            System.out.printf(Locale.ROOT, "one probe (other proceedings holding a key): median %.3f ms, p99 %.3f ms%n",
                    probes.get(probes.size() / 2), probes.get((int) (probes.size() * 0.99)));
            double median = millis.get(millis.size() / 2);
            System.out.printf(Locale.ROOT, "goal < 1 s for 1,000 identifiers against 10,000,000: %s (%.0f ms)%n",
                    median < 1000 && batch >= 1000 && size >= 10_000_000 ? "met" : "see sizes", median);
        }
    }

    /**
     * The key of generated row g, as the SQL generator computes it: rows g = 2 (mod 20) repeat the phone of row g - 1
     * (held by another proceeding: 5 % of the rows share a key); other phones are distinct (operator g mod 12, a
     * subscriber number that is a permutation of g / 12).
     */
    static String key(long g) {
        if (g % 5 == 0) {
            return "EMAIL:user" + g + "@ukr.net";
        }
        long b = g % 20 == 2 ? g - 1 : g;
        return "PHONE:+380" + OPERATORS[(int) (b % 12)] + (1_000_000 + (b / 12) * 2_654_435_761L % 9_000_000);
    }

    static long proceedingOf(long g) {
        return 1 + g * 48_271L % PROCEEDINGS;
    }

    record Key(String kind, String key, long plantedFrom) {
    }

    record Result(List<List<Long>> others, int hits) {
    }

    static List<Key> batch(Random random, int size, int batch, int rep) {
        var keys = new ArrayList<Key>(batch);
        for (int i = 0; i < batch; i++) {
            if (i % 2 == 0) {
                long g = 1 + (long) random.nextInt(size);
                String k = key(g);
                keys.add(new Key(k.substring(0, k.indexOf(':')), k, g));
            } else {
                keys.add(new Key("EMAIL", "EMAIL:new" + rep + "-" + i + "-" + random.nextInt(1_000_000) + "@example.org", -1));
            }
        }
        return keys;
    }

    static Result addProceeding(Connection c, long proceeding, List<Key> keys, List<Double> probes, boolean timeProbes)
            throws SQLException {
        var others = new ArrayList<List<Long>>(keys.size());
        int hits = 0;
        var now = new Timestamp(System.currentTimeMillis());
        try (PreparedStatement exists = c.prepareStatement(EXISTS);
             PreparedStatement insert = c.prepareStatement(INSERT);
             PreparedStatement probe = c.prepareStatement(OTHERS);
             PreparedStatement hitExists = c.prepareStatement(HIT_EXISTS);
             PreparedStatement hitInsert = c.prepareStatement(HIT_INSERT)) {
            int n = 0;
            for (Key k : keys) {
                exists.setLong(1, proceeding);
                exists.setString(2, k.key());
                if (count(exists) > 0) {
                    others.add(List.of());
                    continue;
                }
                insert.setString(1, "bench-" + proceeding + "-" + n++);
                insert.setLong(2, proceeding);
                insert.setString(3, k.kind());
                insert.setString(4, k.key());
                insert.setString(5, k.key().substring(k.key().indexOf(':') + 1));
                insert.setTimestamp(6, now);
                insert.executeUpdate();
                probe.setString(1, k.key());
                probe.setLong(2, proceeding);
                long t = System.nanoTime();
                var found = new ArrayList<Long>();
                try (var rs = probe.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getLong(1));
                    }
                }
                if (timeProbes) {
                    probes.add((System.nanoTime() - t) / 1e6);
                }
                for (long other : found) {
                    hitExists.setString(1, k.key());
                    hitExists.setLong(2, Math.min(other, proceeding));
                    hitExists.setLong(3, Math.max(other, proceeding));
                    if (count(hitExists) == 0) {
                        hitInsert.setString(1, k.kind());
                        hitInsert.setString(2, k.key());
                        hitInsert.setLong(3, Math.min(other, proceeding));
                        hitInsert.setLong(4, Math.max(other, proceeding));
                        hitInsert.setTimestamp(5, now);
                        hitInsert.executeUpdate();
                        hits++;
                    }
                }
                others.add(found);
            }
        }
        return new Result(others, hits);
    }

    private static long count(PreparedStatement statement) throws SQLException {
        try (var rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A key drawn twice in one batch is a duplicate the second time (not stored again, not probed). */
    static void check(List<Key> keys, Result result) {
        var seen = new java.util.HashSet<String>();
        for (int i = 0; i < keys.size(); i++) {
            var k = keys.get(i);
            var found = result.others().get(i);
            if (!seen.add(k.key())) {
                continue;
            }
            if (k.plantedFrom() > 0 && !found.contains(proceedingOf(k.plantedFrom()))) {
                throw new IllegalStateException("planted key " + k.key() + " (row " + k.plantedFrom() + ", key " + key(k.plantedFrom()) + ") did not find proceeding " + proceedingOf(k.plantedFrom()) + " but " + found);
            }
            if (k.plantedFrom() < 0 && !found.isEmpty()) {
                throw new IllegalStateException("new key " + k.key() + " found " + found);
            }
        }
    }

    static void load(Connection c, int size) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    create table if not exists link_identifier (
                        id bigint generated by default as identity primary key,
                        proceeding_id bigint not null, person_id bigint, person_pseudonym varchar(40),
                        kind varchar(20) not null, match_key varchar(300) not null, display varchar(300) not null,
                        value_key varchar(40) not null, value_enc varchar(1000), source varchar(10) not null,
                        created_by varchar(100) not null, created_at timestamp with time zone not null,
                        organisation_id bigint)""");
            s.execute("""
                    create table if not exists link_hit (
                        id bigint generated by default as identity primary key, kind varchar(20) not null,
                        match_key varchar(300) not null, proceeding_a bigint not null, proceeding_b bigint not null,
                        transnational boolean not null, created_at timestamp with time zone not null,
                        person_a bigint, person_b bigint, pseudonym_a varchar(40), pseudonym_b varchar(40),
                        score numeric(4, 3),
                        constraint link_hit_once unique (match_key, proceeding_a, proceeding_b))""");
            long have;
            try (var rs = s.executeQuery("select count(*) from link_identifier")) {
                rs.next();
                have = rs.getLong(1);
            }
            if (have == size) {
                System.out.printf(Locale.ROOT, "data: %,d identifiers already loaded%n", have);
                return;
            }
            s.execute("truncate link_identifier, link_hit");
            for (String index : List.of("link_identifier_key", "link_identifier_proceeding", "link_identifier_once_idx",
                    "link_identifier_value_key")) {
                s.execute("drop index if exists " + index);
            }
            long t0 = System.nanoTime();
            int chunk = 1_000_000;
            for (long from = 1; from <= size; from += chunk) {
                long to = Math.min(size, from + chunk - 1);
                s.execute("""
                        insert into link_identifier (proceeding_id, kind, match_key, display, value_key, source, created_by,
                            created_at)
                        select 1 + g * 48271 %% %d, k.kind, k.kind || ':' || k.v, k.v, 'g' || g, 'CSV', 'bench', now()
                        from generate_series(%d::bigint, %d::bigint) g,
                        lateral (select case when g %% 20 = 2 then g - 1 else g end b) base,
                        lateral (select case when g %% 5 = 0 then 'EMAIL' else 'PHONE' end kind,
                                        case when g %% 5 = 0 then 'user' || g || '@ukr.net'
                                             else '+380' || (array['50','63','66','67','68','73','93','95','96','97','98','99'])[1 + (base.b %% 12)::int]
                                                  || (1000000 + (base.b / 12) * 2654435761 %% 9000000)::text end v) k
                        """.formatted(PROCEEDINGS, from, to));
                System.out.printf(Locale.ROOT, "  %,d rows (%.0f s)%n", to, (System.nanoTime() - t0) / 1e9);
            }
            double loaded = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            s.execute("create index link_identifier_key on link_identifier (match_key)");
            s.execute("create index link_identifier_proceeding on link_identifier (proceeding_id)");
            s.execute("create unique index link_identifier_once_idx on link_identifier (proceeding_id, match_key, person_id)");
            s.execute("create unique index link_identifier_value_key on link_identifier (value_key)");
            s.execute("vacuum analyze link_identifier");
            System.out.printf(Locale.ROOT, "data: %,d identifiers generated in %.0f s, indexed and analysed in %.0f s%n",
                    size, loaded, (System.nanoTime() - t1) / 1e9);
            try (var rs = s.executeQuery("select count(*) from (select match_key from link_identifier group by match_key"
                    + " having count(distinct proceeding_id) > 1) x")) {
                rs.next();
                System.out.printf(Locale.ROOT, "data: %,d keys held by more than one proceeding%n", rs.getLong(1));
            }
            try (var rs = s.executeQuery("select pg_size_pretty(pg_total_relation_size('link_identifier'))")) {
                rs.next();
                System.out.println("data: table with indexes " + rs.getString(1));
            }
        }
    }
}
