package org.nadiya.flow.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nadiya.flow.RandomGraphs;
import org.nadiya.flow.TransactionGraph;
import org.nadiya.flow.TraceDirection;
import org.nadiya.flow.TraceMethod;

/** Property (seeded random graphs): no account passes on more traced money than reached it; no flow exceeds its transaction. */
class FlowConservationTest {

    @Test
    void noAttributionExceedsWhatEnteredTheNode() {
        for (int seed = 0; seed < 300; seed++) {
            var random = new Random(seed);
            int accounts = 3 + random.nextInt(12);
            TransactionGraph graph = RandomGraphs.graph(RandomGraphs.transactions(random, accounts,
                    5 + random.nextInt(80), 10_000, 1 + random.nextInt(100_000)));
            String start = graph.account(random.nextInt(graph.accountCount()));
            for (TraceDirection direction : TraceDirection.values()) {
                for (TraceMethod method : TraceMethod.values()) {
                    var request = TraceRequest.fromAccount(start, direction, 1 + random.nextInt(6), method);
                    check(graph, new Tracer(graph).trace(request), start, direction, "seed " + seed + " " + request);
                }
            }
        }
    }

    private static void check(TransactionGraph graph, TraceResult result, String start, TraceDirection direction,
                              String what) {
        Map<String, Long> entered = new HashMap<>();
        Map<String, Long> left = new HashMap<>();
        for (var flow : result.flows()) {
            assertThat(flow.attributedMinor()).as(what).isBetween(0L, flow.amountMinor());
            String into = direction == TraceDirection.FORWARD ? flow.to() : flow.from();
            String outOf = direction == TraceDirection.FORWARD ? flow.from() : flow.to();
            entered.merge(into, flow.attributedMinor(), Long::sum);
            left.merge(outOf, flow.attributedMinor(), Long::sum);
        }
        left.forEach((account, out) -> {
            if (!account.equals(start)) {
                assertThat(out).as(what + " at " + account).isLessThanOrEqualTo(entered.getOrDefault(account, 0L));
            }
        });
        long terminal = result.terminals().stream().mapToLong(TraceResult.Terminal::amountMinor).sum();
        assertThat(terminal).as(what + " terminals").isLessThanOrEqualTo(result.tracedMinor());
    }
}
