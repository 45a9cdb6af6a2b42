package org.nadiya.flow.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.nadiya.flow.TransactionGraph;

/** Runs every enabled detector, numbers the alerts in a stable order and merges overlapping ones into findings. */
public final class Analysis {

    public record Result(List<Alert> alerts, List<Finding> findings) {
    }

    public static List<Detector> detectors() {
        return List.of(new FanDetector(false), new FanDetector(true), new ScatterGatherDetector(),
                new GatherScatterDetector(), new CycleDetector(), new StackDetector(), new BipartiteDetector(),
                new PassThroughDetector(), new StructuringDetector(), new SmallPaymentsDetector(),
                new HighRiskCountryDetector());
    }

    private Analysis() {
    }

    public static Result run(TransactionGraph graph, Rules rules) {
        return run(graph, rules, typology -> { });
    }

    /** {@code started} is told each typology as its detector is scheduled (for progress display). */
    public static Result run(TransactionGraph graph, Rules rules, Consumer<Typology> started) {
        List<Alert> found = new ArrayList<>();
        // Detectors only read the graph, so they run side by side; results are sorted below, so the order of
        // completion does not matter.
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "flow-detector");
            t.setDaemon(true);
            return t;
        });
        try {
            Rules.Calibration calibration = rules.calibration();
            boolean calibrated = calibration.enabled() && graph.transactionCount() > 0;
            Future<Relationships> relationships = calibrated
                    ? pool.submit(() -> Relationships.of(graph, calibration)) : null;
            List<Future<List<Alert>>> running = new ArrayList<>();
            for (Detector detector : detectors()) {
                started.accept(detector.typology());
                running.add(pool.submit(() -> detector.detect(graph, rules)));
            }
            Future<List<Alert>> calibratedAlerts = calibrated
                    ? pool.submit(() -> Calibrated.detect(graph, rules, relationships.get())) : null;
            for (Future<List<Alert>> result : running) {
                found.addAll(result.get());
            }
            if (calibrated) {
                // Fixed-window alerts resting mostly on recurring relationships are ordinary traffic here.
                Relationships rel = relationships.get();
                found.removeIf(a -> Calibrated.structural(a.typology()) && Calibrated.ordinary(a, rel));
                found.addAll(calibratedAlerts.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        found.sort(Comparator.comparing(Alert::typology)
                .thenComparing(a -> a.transactions().isEmpty() ? -1 : a.transactions().get(0))
                .thenComparing(a -> a.accounts().get(0)));
        List<Alert> alerts = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            alerts.add(found.get(i).withId("A" + (i + 1)));
        }
        return new Result(alerts, Findings.merge(alerts));
    }
}
