package org.nadiya.bench.flow;

import java.util.concurrent.atomic.AtomicLong;

import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.nadiya.flow.TransactionGraph;

/**
 * JGraphT's simple-cycle enumeration (Hawick–James, length-limited) over the same accounts as a static graph.
 * It knows nothing of time or amounts, so it finds a superset of the temporal cycles; stopped at a time limit.
 */
final class JGraphTCycles {

    record Run(double buildSeconds, double searchSeconds, long cycles, boolean stopped) {
    }

    private JGraphTCycles() {
    }

    static Run run(TransactionGraph graph, int maxLength, int limitSeconds) {
        long t0 = System.nanoTime();
        var g = new SimpleDirectedGraph<Integer, DefaultEdge>(DefaultEdge.class);
        for (int a = 0; a < graph.accountCount(); a++) {
            g.addVertex(a);
        }
        for (int tx = 0; tx < graph.transactionCount(); tx++) {
            if (graph.from(tx) != graph.to(tx)) {
                g.addEdge(graph.from(tx), graph.to(tx));
            }
        }
        double build = (System.nanoTime() - t0) / 1e9;
        var finder = new HawickJamesSimpleCycles<>(g);
        finder.setPathLimit(maxLength);
        AtomicLong count = new AtomicLong();
        long t1 = System.nanoTime();
        // The search cannot be interrupted and may find no cycle for a long time: it runs on a daemon thread
        // that is abandoned at the limit (the benchmark ends the process after reporting).
        var search = new Thread(() -> finder.findSimpleCycles(cycle -> count.incrementAndGet()), "jgrapht-cycles");
        search.setDaemon(true);
        search.start();
        try {
            search.join(limitSeconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean stopped = search.isAlive();
        return new Run(build, (System.nanoTime() - t1) / 1e9, count.get(), stopped);
    }
}
