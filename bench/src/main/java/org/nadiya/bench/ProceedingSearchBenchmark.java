package org.nadiya.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

import org.nadiya.NadiyaApplication;
import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.ProceedingFilter;
import org.nadiya.cases.ProceedingPage;
import org.nadiya.cases.ProceedingRow;
import org.nadiya.cases.Proceedings;
import org.nadiya.cases.Stage;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Filtered pages of the proceedings list at 100,000 proceedings on PostgreSQL, through the real service
 * ({@code Proceedings.search}: need-to-know, filters, qualifications of the page). It compares the four ways a
 * user sees the register (administrator, central supervisor, regional supervisor, team member) over nine filter
 * shapes, and checks every page it times against the filter, so that a fast wrong answer fails the run.
 *
 * <p>Usage: {@code bench/run-proceedings-search.sh [count] [queries]}; PostgreSQL from NADIYA_BENCH_PG_URL
 * (default jdbc:postgresql://127.0.0.1:5432/nadiya_bench).
 */
public final class ProceedingSearchBenchmark {

    record Scenario(String name, BiFunction<Random, Integer, ProceedingFilter> filter) {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 3_600;
        String url = System.getenv().getOrDefault("NADIYA_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/nadiya_bench");
        var app = new SpringApplication(NadiyaApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (var context = app.run("--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true",
                "--spring.datasource.username=" + System.getenv().getOrDefault("NADIYA_BENCH_PG_USER", "postgres"),
                "--spring.datasource.password=" + System.getenv().getOrDefault("NADIYA_BENCH_PG_PASSWORD", ""),
                "--nadiya.data-dir=bench/target/bench-data", "--logging.level.root=WARN")) {
            var jdbc = context.getBean(JdbcTemplate.class);
            var proceedings = context.getBean(Proceedings.class);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));

            long t0 = System.nanoTime();
            var generator = new ProceedingGenerator(jdbc, 149, today);
            var users = generator.users();
            generator.proceedings(count, users);
            System.out.printf(Locale.ROOT, "data: %d proceedings ready in %.1f s%n", generator.existing(),
                    (System.nanoTime() - t0) / 1e9);

            Map<String, CurrentUser> viewers = new LinkedHashMap<>();
            viewers.put("administrator", new CurrentUser(1, "bench-admin", "A", Set.of(Role.ADMIN), "NADIYA_ADMIN", "UA", false));
            viewers.put("central supervisor", new CurrentUser(2, "bench-central", "C", Set.of(Role.PROSECUTOR), "PROSECUTOR", "UA", true));
            viewers.put("regional supervisor", new CurrentUser(3, "bench-regional", "R", Set.of(Role.PROSECUTOR), "PROSECUTOR", "UA-46", true));
            long member = users.get(7);
            viewers.put("team member", new CurrentUser(member, "bench0007", "T", Set.of(Role.INVESTIGATOR), "NPU", "UA-53", false));

            List<Scenario> scenarios = List.of(
                    new Scenario("first page, no filter", (r, p) -> filter(null, null, null, null, null, null, null, null, null, p)),
                    new Scenario("region", (r, p) -> filter(region(r), null, null, null, null, null, null, null, null, p)),
                    new Scenario("region + stage", (r, p) -> filter(region(r), null, null, stage(r), null, null, null, null, null, p)),
                    new Scenario("article 149 + part", (r, p) -> filter(null, "149", 1 + r.nextInt(3), null, null, null, null, null, null, p)),
                    new Scenario("deadline within 30 days", (r, p) -> filter(null, null, null, null, null, 30, null, null, null, p)),
                    new Scenario("CRSV", (r, p) -> filter(null, null, null, null, null, null, true, null, null, p)),
                    new Scenario("transnational + region", (r, p) -> filter(region(r), null, null, null, null, null, null, true, null, p)),
                    new Scenario("body SBI", (r, p) -> filter(null, null, null, null, InvestigativeBody.SBI, null, null, null, null, p)),
                    new Scenario("ERDR number", (r, p) -> filter(null, null, null, null, null, null, null, null,
                            String.format("9%016d", r.nextInt(count)), 0)));

            var random = new Random(7);
            for (int i = 0; i < 400; i++) {
                run(proceedings, viewers, scenarios, random, today, jdbc, null);
            }
            Map<String, List<Long>> byScenario = new LinkedHashMap<>();
            Map<String, List<Long>> byViewer = new LinkedHashMap<>();
            List<Long> all = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                run(proceedings, viewers, scenarios, random, today, jdbc, (key, nanos) -> {
                    byScenario.computeIfAbsent(key[0], k -> new ArrayList<>()).add(nanos);
                    byViewer.computeIfAbsent(key[1], k -> new ArrayList<>()).add(nanos);
                    all.add(nanos);
                });
            }
            var report = new StringBuilder();
            report.append(String.format(Locale.ROOT, "%-28s %7s %8s %8s %8s %8s%n", "pages timed", "n", "p50 ms", "p95 ms", "p99 ms", "max ms"));
            byScenario.forEach((k, v) -> report.append(line(k, v)));
            byViewer.forEach((k, v) -> report.append(line("as " + k, v)));
            report.append(line("ALL", all));
            System.out.print(report);
            Files.createDirectories(Path.of("bench/target"));
            Files.writeString(Path.of("bench/target/proceedings-search.txt"), report);
            double p99 = percentile(all, 0.99) / 1e6;
            System.out.printf(Locale.ROOT, "goal p99 < 50 ms: %s (%.2f ms)%n", p99 < 50 ? "met" : "NOT met", p99);
        }
    }

    interface Sink {
        void accept(String[] key, long nanos);
    }

    private static void run(Proceedings proceedings, Map<String, CurrentUser> viewers, List<Scenario> scenarios,
                            Random random, LocalDate today, JdbcTemplate jdbc, Sink sink) {
        var scenario = scenarios.get(random.nextInt(scenarios.size()));
        var viewerName = new ArrayList<>(viewers.keySet()).get(random.nextInt(viewers.size()));
        var viewer = viewers.get(viewerName);
        var filter = scenario.filter().apply(random, random.nextInt(4));
        long start = System.nanoTime();
        ProceedingPage page = proceedings.search(viewer, filter);
        long nanos = System.nanoTime() - start;
        check(page, filter, viewer, today, jdbc);
        if (sink != null) {
            sink.accept(new String[] {scenario.name(), viewerName}, nanos);
        }
    }

    /** Every row must satisfy the filter and be visible to the viewer. */
    private static void check(ProceedingPage page, ProceedingFilter f, CurrentUser viewer, LocalDate today, JdbcTemplate jdbc) {
        for (ProceedingRow row : page.rows()) {
            boolean ok = (f.regionCode() == null || f.regionCode().equals(row.regionCode()))
                    && (f.stage() == null || f.stage() == row.stage())
                    && (f.investigativeBody() == null || f.investigativeBody() == row.investigativeBody())
                    && (f.crsv() == null || f.crsv() == row.crsv())
                    && (f.transnational() == null || f.transnational() == row.transnational())
                    && (f.erdrNumber() == null || f.erdrNumber().equals(row.erdrNumber()))
                    && (f.article() == null || Arrays.asList(row.qualifications().split(", ")).stream()
                            .anyMatch(q -> q.startsWith(f.article() + ".") && (f.part() == null || q.equals(f.article() + "." + f.part()))))
                    && (f.deadlineWithinDays() == null || (row.stage() == Stage.SUSPICION_NOTIFIED
                            && !row.deadlineOn().isAfter(today.plusDays(f.deadlineWithinDays()))));
            if (viewer.supervisor() && !viewer.isCentral() && !viewer.regionCode().equals(row.regionCode())
                    || !viewer.supervisor() && !viewer.has(Role.ADMIN)) {
                ok &= jdbc.queryForObject("select count(*) from team_member where proceeding_id = ? and user_id = ?",
                        Integer.class, row.id(), viewer.id()) > 0;
            }
            if (!ok) {
                throw new IllegalStateException("wrong row " + row + " for " + f + " as " + viewer.username());
            }
        }
    }

    private static ProceedingFilter filter(String region, String article, Integer part, Stage stage, InvestigativeBody body,
                                           Integer deadline, Boolean crsv, Boolean transnational, String erdr, int page) {
        return new ProceedingFilter(region, article, part, stage, body, deadline, crsv, transnational, erdr, page, 25);
    }

    private static String region(Random r) {
        return ProceedingGenerator.REGIONS[r.nextInt(ProceedingGenerator.REGIONS.length)];
    }

    private static Stage stage(Random r) {
        return Stage.valueOf(ProceedingGenerator.STAGES[r.nextInt(ProceedingGenerator.STAGES.length)]);
    }

    private static String line(String name, List<Long> nanos) {
        return String.format(Locale.ROOT, "%-28s %7d %8.2f %8.2f %8.2f %8.2f%n", name, nanos.size(),
                percentile(nanos, 0.50) / 1e6, percentile(nanos, 0.95) / 1e6, percentile(nanos, 0.99) / 1e6,
                percentile(nanos, 1.0) / 1e6);
    }

    private static double percentile(List<Long> values, double q) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
