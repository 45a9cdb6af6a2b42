package org.nadiya.bench.flow;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The same typologies with the default rules written as SQL over the same CSV in DuckDB (in memory), for the
 * side-by-side timing. Each query counts what it flags; a query running past the limit is cancelled and reported.
 */
final class DuckDbTypologies {

    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("fan-out", fan("src", "dst", 10, 72));
        QUERIES.put("fan-in", fan("dst", "src", 10, 72));
        QUERIES.put("scatter-gather", """
                select count(*) from (select a.src, b.dst from tx a join tx b on b.src = a.dst and b.ts > a.ts
                  and b.ts <= a.ts + interval 72 hour and abs(b.amount - a.amount) <= 0.1 * a.amount
                  and b.dst <> a.src and a.dst <> a.src and b.dst <> a.dst
                group by a.src, b.dst having count(distinct a.dst) >= 3)""");
        QUERIES.put("gather-scatter", """
                with m as (select acc from (select dst acc from tx group by dst having count(*) >= 5) i
                             join (select src from tx group by src having count(*) >= 5) o on o.src = i.acc),
                ev as (select dst acc, ts from tx where dst in (select acc from m)
                       union select src, ts from tx where src in (select acc from m))
                select count(distinct ev.acc) from ev
                where (select count(distinct src) from tx where dst = ev.acc and ts between ev.ts and ev.ts + interval 72 hour) >= 5
                  and (select count(distinct dst) from tx where src = ev.acc and ts between ev.ts and ev.ts + interval 72 hour) >= 5""");
        QUERIES.put("cycle", """
                with recursive p(start, last_dst, last_ts, first_ts, amount, len, nodes) as (
                  select src, dst, ts, ts, amount, 1, [src, dst] from tx where src <> dst
                  union all
                  select p.start, t.dst, t.ts, p.first_ts, p.amount, p.len + 1, list_append(p.nodes, t.dst)
                  from p join tx t on t.src = p.last_dst and t.ts > p.last_ts
                   and t.ts <= p.first_ts + interval 168 hour and abs(t.amount - p.amount) <= 0.2 * p.amount
                  where p.len < 6 and p.last_dst <> p.start
                    and (t.dst = p.start or not list_contains(p.nodes, t.dst)))
                select count(*) from p where last_dst = start and len >= 2""");
        QUERIES.put("stack", """
                with recursive c(dst, ts, amount, len) as (
                  select dst, ts, amount, 1 from tx
                  union all
                  select t.dst, t.ts, t.amount, c.len + 1 from c join tx t on t.src = c.dst and t.ts > c.ts
                   and t.ts <= c.ts + interval 24 hour and t.amount <= c.amount and t.amount >= 0.9 * c.amount
                  where c.len < 4)
                select count(*) from c where len >= 4""");
        QUERIES.put("bipartite", """
                with pe as (select distinct src, dst from tx),
                out_deg as (select src, count(*) n from pe group by src having count(*) <= 50),
                in_deg as (select dst from pe group by dst having count(*) <= 50),
                e as (select pe.src, pe.dst from pe join out_deg using (src) join in_deg using (dst)),
                shared as (select a.src x, b.src o, count(*) c from e a join e b on a.dst = b.dst group by 1, 2)
                select count(*) from (select x from shared join out_deg on out_deg.src = shared.x
                  where out_deg.n >= 3 and c >= greatest(3, ceil(0.8 * out_deg.n)) group by x having count(*) >= 3)""");
        QUERIES.put("pass-through", """
                select count(*) from (select r.dst from tx r
                  where (select coalesce(sum(p.amount), 0) from tx p where p.src = r.dst and p.ts > r.ts
                         and p.ts <= r.ts + interval 24 hour) between 0.9 * r.amount and r.amount / 0.9
                  group by r.dst having count(*) >= 3)""");
        QUERIES.put("structuring", """
                with s as (select * from tx where amount >= 360000 and amount < 400000 and currency = 'UAH')
                select count(*) from (
                  select a.src from s a join s b on b.src = a.src and b.ts between a.ts and a.ts + interval 168 hour
                  group by a.src, a.id having count(*) >= 3
                  union
                  select a.dst from s a join s b on b.dst = a.dst and b.ts between a.ts and a.ts + interval 168 hour
                  group by a.dst, a.id having count(*) >= 3)""");
        QUERIES.put("small-payments", """
                with s as (select * from tx where amount <= 2000),
                r as (select dst from s group by dst having count(*) >= 20)
                select count(distinct dst) from (select a.dst from s a join r using (dst)
                  join s b on b.dst = a.dst and b.ts between a.ts and a.ts + interval 720 hour
                  group by a.dst, a.id having count(*) >= 20 and count(distinct b.src) >= 20)""");
        QUERIES.put("high-risk-country", """
                select count(*) from tx where (left(dst, 2) in ('RU', 'BY', 'IR', 'KP', 'MM'))
                  <> (left(src, 2) in ('RU', 'BY', 'IR', 'KP', 'MM'))""");
    }

    private static String fan(String self, String other, int min, int hours) {
        return """
                with c as (select %1$s acc from tx group by %1$s having count(*) >= %3$d)
                select count(distinct x) from (select a.%1$s x from tx a join c on c.acc = a.%1$s
                  join tx b on b.%1$s = a.%1$s and b.ts between a.ts and a.ts + interval %4$d hour
                  group by a.%1$s, a.id having count(distinct b.%2$s) >= %3$d)""".formatted(self, other, min, hours);
    }

    record Run(double loadSeconds, Map<String, String> results, Map<String, Double> seconds) {
    }

    private DuckDbTypologies() {
    }

    static Run run(Path csv, int limitSeconds) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("set threads = 2");
            st.execute("set memory_limit = '6GB'");
            long t0 = System.nanoTime();
            st.execute("create table tx as select * from read_csv('" + csv.toAbsolutePath() + "', header = true,"
                    + " columns = {'id': 'VARCHAR', 'ts': 'TIMESTAMP', 'src': 'VARCHAR', 'dst': 'VARCHAR',"
                    + " 'amount': 'DECIMAL(18,2)', 'currency': 'VARCHAR'})");
            double load = (System.nanoTime() - t0) / 1e9;
            Map<String, String> results = new LinkedHashMap<>();
            Map<String, Double> seconds = new LinkedHashMap<>();
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            try {
                for (var q : QUERIES.entrySet()) {
                    // A statement per query: cancelling one closes it in the DuckDB driver.
                    Statement query = db.createStatement();
                    var cancel = timer.schedule(() -> {
                        try {
                            query.cancel();
                        } catch (SQLException e) {
                            // the query ended meanwhile
                        }
                    }, limitSeconds, TimeUnit.SECONDS);
                    long t = System.nanoTime();
                    try (query; ResultSet rs = query.executeQuery(q.getValue())) {
                        rs.next();
                        results.put(q.getKey(), String.valueOf(rs.getLong(1)));
                    } catch (SQLException e) {
                        results.put(q.getKey(), cancel.isDone() ? "cancelled after " + limitSeconds + " s"
                                : "failed: " + e.getMessage().lines().findFirst().orElse(""));
                    }
                    cancel.cancel(false);
                    seconds.put(q.getKey(), (System.nanoTime() - t) / 1e9);
                }
            } finally {
                timer.shutdownNow();
            }
            return new Run(load, results, seconds);
        }
    }
}
