package org.nadiya.bench.flow;

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

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
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
        long[] count = {0};
        long deadline = System.nanoTime() + limitSeconds * 1_000_000_000L;
        long t1 = System.nanoTime();
        boolean stopped = false;
        try {
            finder.findSimpleCycles(cycle -> {
                count[0]++;
                if ((count[0] & 0x3FF) == 0 && System.nanoTime() > deadline) {
                    throw new Stop();
                }
            });
        } catch (Stop e) {
            stopped = true;
        }
        return new Run(build, (System.nanoTime() - t1) / 1e9, count[0], stopped);
    }
}
