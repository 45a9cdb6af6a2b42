package org.nadiya.bench.flow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.nadiya.flow.GraphBuilder;
import org.nadiya.flow.TraceDirection;
import org.nadiya.flow.TraceMethod;
import org.nadiya.flow.TransactionGraph;
import org.nadiya.flow.detect.Analysis;
import org.nadiya.flow.detect.Rules;
import org.nadiya.flow.generate.Evaluation;
import org.nadiya.flow.generate.Generator;
import org.nadiya.flow.generate.Plant;
import org.nadiya.flow.ingest.StatementImporter;
import org.nadiya.flow.trace.TraceRequest;
import org.nadiya.flow.trace.Tracer;

/**
 * The money-flow engine on generated statements: canonical CSV ingest (rows/s, heap held per transaction), the
 * full typology pass, forward traces from random accounts, detection quality against the planted ground truth,
 * and the same data side by side in DuckDB (typologies as SQL) and JGraphT (cycle search).
 *
 * <p>Usage: {@code bench/run-flow.sh [transactions=1000000] [accounts=1000000] [sql-limit-seconds=300]
 * [all|sql-only|ingest-only|detectors]}; the last three reuse the file of an earlier run ({@code detectors}: each
 * detector alone on one thread, two rounds, to see where the typology pass spends its time).
 */
public final class FlowBenchmark {

    private FlowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long transactions = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int accounts = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int sqlLimit = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Path dir = Files.createDirectories(Path.of("bench/target/flow"));
        Path csv = dir.resolve("flow-" + transactions + ".csv");
        if (args.length > 3 && args[3].equals("ingest-only") && Files.exists(csv)) {
            int runs = Integer.parseInt(System.getenv().getOrDefault("NADIYA_BENCH_INGEST_RUNS", "5"));
            ingest(csv, transactions, runs);
            System.exit(0);
        }
        if (args.length > 3 && args[3].equals("detectors") && Files.exists(csv)) {
            detectors(load(csv));
            System.exit(0);
        }
        if (args.length > 3 && args[3].equals("sql-only") && Files.exists(csv)) {
            var duck = DuckDbTypologies.run(csv, sqlLimit);
            say("DuckDB only, on the existing %s: load %.2f s; queries:", csv, duck.loadSeconds());
            duck.results().forEach((k, v) -> say("  %-18s %8.2f s  flagged %s", k, duck.seconds().get(k), v));
            return;
        }
        long t0 = System.nanoTime();
        List<Plant> plants;
        try (var out = Files.newBufferedWriter(csv)) {
            plants = new Generator(accounts, transactions, 20261128L, true).write(out);
        }
        say("generated %,d rows (%,d planted patterns) into %s, %.0f MB, in %.1f s", transactions, plants.size(), csv,
                Files.size(csv) / 1e6, secs(t0));

        int runs = Integer.parseInt(System.getenv().getOrDefault("NADIYA_BENCH_INGEST_RUNS", "3"));
        var ingest = ingest(csv, transactions, runs);
        TransactionGraph graph = ingest.graph();
        double medianIngest = ingest.median();

        long t = System.nanoTime();
        var result = Analysis.run(graph, Rules.defaults());
        double analysis = secs(t);
        say("full typology pass: %.2f s, %,d alerts, %,d findings", analysis, result.alerts().size(),
                result.findings().size());
        for (var q : Evaluation.of(graph, result.alerts(), plants)) {
            say("  %-18s planted %4d found %4d recall %.3f | alerts %6d correct %6d precision %.3f",
                    q.typology().key(), q.planted(), q.found(), q.recall(), q.alerts(), q.correct(), q.precision());
        }

        traces(graph);

        var duck = DuckDbTypologies.run(csv, sqlLimit);
        double duckTotal = duck.loadSeconds() + duck.seconds().values().stream().mapToDouble(Double::doubleValue).sum();
        say("DuckDB: load %.2f s; queries:", duck.loadSeconds());
        duck.results().forEach((k, v) -> say("  %-18s %8.2f s  flagged %s", k, duck.seconds().get(k), v));
        // Both sides: read the same CSV into their structure, then every typology. The engine's ingest is the
        // median run (its first run, JIT warm-up included, is printed too); its typology pass ran once, cold.
        double ours = medianIngest + analysis;
        say("end to end: engine %.2f s (ingest %.2f + all typologies %.2f) vs DuckDB %.2f s (load %.2f + queries"
                        + " %.2f) → %.1f× (with the engine's first, cold ingest: %.1f×)", ours, medianIngest, analysis,
                duckTotal, duck.loadSeconds(), duckTotal - duck.loadSeconds(), duckTotal / ours,
                duckTotal / (ingest.first() + analysis));

        long tc = System.nanoTime();
        long ourCycles = new org.nadiya.flow.detect.CycleDetector().detect(graph, Rules.defaults()).size();
        double ourCycleSeconds = secs(tc);
        var jg = JGraphTCycles.run(graph, Rules.defaults().cycle().maxLength(), sqlLimit);
        say("cycles: engine temporal search %.2f s (%,d cycles) | JGraphT Hawick–James static, length ≤ %d: build"
                        + " %.2f s, search %.2f s, %,d cycles%s", ourCycleSeconds, ourCycles,
                Rules.defaults().cycle().maxLength(), jg.buildSeconds(), jg.searchSeconds(), jg.cycles(),
                jg.stopped() ? " (abandoned at the time limit)" : "");
        System.exit(0);
    }

    /** Each detector and the calibrated pass alone on one thread over the same graph; two rounds, both printed. */
    private static void detectors(TransactionGraph graph) {
        Rules rules = Rules.defaults();
        for (int round = 1; round <= 2; round++) {
            double total = 0;
            for (var detector : Analysis.detectors()) {
                long t = System.nanoTime();
                int n = detector.detect(graph, rules).size();
                double s = secs(t);
                total += s;
                say("round %d %-18s %6.2f s %,8d alerts", round, detector.typology().key(), s, n);
            }
            long t = System.nanoTime();
            int n = org.nadiya.flow.detect.Calibrated.detect(graph, rules).size();
            double s = secs(t);
            total += s;
            say("round %d %-18s %6.2f s %,8d alerts", round, "calibrated", s, n);
            say("round %d all, one after another: %.2f s", round, total);
        }
    }

    record Ingest(TransactionGraph graph, double median, double first) {
    }

    /** Loads the file {@code runs} times (the heap measured around each), printing every run and the median. */
    private static Ingest ingest(Path csv, long transactions, int runs) throws Exception {
        TransactionGraph graph = null;
        double[] ingest = new double[runs];
        long heapPerTx = 0;
        for (int run = 0; run < ingest.length; run++) {
            graph = null;
            long before = usedAfterGc();
            long t = System.nanoTime();
            graph = load(csv);
            ingest[run] = secs(t);
            heapPerTx = (usedAfterGc() - before) / graph.transactionCount();
            say("ingest run %d: %.2f s → %,.0f rows/s", run + 1, ingest[run], transactions / ingest[run]);
        }
        double[] sorted = ingest.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        say("ingest: median %.2f s → %,.0f rows/s (best %.2f s → %,.0f rows/s, first %.2f s, %d runs); heap held %d"
                        + " B/tx measured (columns %d B/tx, with account table %d B/tx)", median,
                transactions / median, sorted[0], transactions / sorted[0], ingest[0], runs, heapPerTx,
                graph.columnBytes() / graph.transactionCount(), graph.heapBytes() / graph.transactionCount());
        return new Ingest(graph, median, ingest[0]);
    }

    private static void traces(TransactionGraph graph) {
        var random = new Random(7);
        List<Integer> starts = new ArrayList<>();
        while (starts.size() < 201) {
            int a = random.nextInt(graph.accountCount());
            if (graph.outEnd(a) > graph.outStart(a)) {
                starts.add(a);
            }
        }
        var tracer = new Tracer(graph);
        double[] ms = new double[starts.size()];
        long flows = 0;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            var r = tracer.trace(TraceRequest.fromAccount(graph.account(starts.get(i)), TraceDirection.FORWARD, 4,
                    TraceMethod.FIFO));
            ms[i] = (System.nanoTime() - t) / 1e6;
            flows += r.flows().size();
        }
        double[] timed = Arrays.copyOfRange(ms, 20, ms.length);
        Arrays.sort(timed);
        say("forward trace (4 hops, FIFO, %d random accounts after 20 warm-up): median %.3f ms, p95 %.3f ms,"
                + " max %.3f ms, mean %.1f flows", timed.length, timed[timed.length / 2],
                timed[(int) (timed.length * 0.95)], timed[timed.length - 1], (double) flows / ms.length);
    }

    /** In its own method so that the builder's growable arrays are garbage when the heap is measured. */
    private static TransactionGraph load(Path csv) throws java.io.IOException {
        var builder = new GraphBuilder();
        StatementImporter.importFile(csv, StatementImporter.Options.defaults(), builder);
        return builder.build();
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
