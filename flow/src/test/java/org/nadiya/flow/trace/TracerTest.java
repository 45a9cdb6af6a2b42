package org.nadiya.flow.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nadiya.flow.RandomGraphs.tx;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nadiya.flow.RandomGraphs;
import org.nadiya.flow.TraceDirection;
import org.nadiya.flow.TraceMethod;

/** V holds 500 of its own, receives 1000 from VICTIM, pays 700 to M then 800 to N; M pays 700 to X. */
class TracerTest {


    private static TraceResult trace(String from, TraceDirection direction, TraceMethod method, int hops) {
        var graph = RandomGraphs.graph(List.of(
                tx("own", 0, "SALARY", "V", 500_00),
                tx("in", 10, "VICTIM", "V", 1000_00),
                tx("p1", 20, "V", "M", 700_00),
                tx("p2", 30, "V", "N", 800_00),
                tx("p3", 40, "M", "X", 700_00)));
        return new Tracer(graph).trace(TraceRequest.fromAccount(from, direction, hops, method));
    }

    @Test
    void fifoSpendsTheOldestMoneyFirst() {
        var result = trace("VICTIM", TraceDirection.FORWARD, TraceMethod.FIFO, 5);
        assertThat(result.tracedMinor()).isEqualTo(1000_00);
        assertThat(result.flows()).extracting(TraceResult.Flow::id, TraceResult.Flow::attributedMinor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("in", 1000_00L),
                        org.assertj.core.groups.Tuple.tuple("p1", 200_00L),
                        org.assertj.core.groups.Tuple.tuple("p2", 800_00L),
                        org.assertj.core.groups.Tuple.tuple("p3", 200_00L));
        assertThat(result.terminals()).extracting(TraceResult.Terminal::account, TraceResult.Terminal::amountMinor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("N", 800_00L),
                        org.assertj.core.groups.Tuple.tuple("X", 200_00L));
        assertThat(result.paths().get(0).accounts()).containsExactly("VICTIM", "V", "N");
    }

    @Test
    void proportionalSharesEveryPaymentByTheBalance() {
        var result = trace("VICTIM", TraceDirection.FORWARD, TraceMethod.PROPORTIONAL, 5);
        // balance 1500 of which 1000 traced: p1 carries 700*2/3, p2 carries what is left of the traced money.
        assertThat(result.flows()).filteredOn(f -> f.id().equals("p1"))
                .extracting(TraceResult.Flow::attributedMinor).containsExactly(46_666L);
        assertThat(result.flows()).filteredOn(f -> f.id().equals("p2"))
                .extracting(TraceResult.Flow::attributedMinor).containsExactly(53_334L);
    }

    @Test
    void backwardFindsWhereTheMoneyCameFrom() {
        var result = trace("X", TraceDirection.BACKWARD, TraceMethod.FIFO, 5);
        assertThat(result.terminals()).extracting(TraceResult.Terminal::account, TraceResult.Terminal::amountMinor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SALARY", 500_00L),
                        org.assertj.core.groups.Tuple.tuple("VICTIM", 200_00L));
        assertThat(result.paths().get(0).accounts()).containsExactly("SALARY", "V", "M", "X");
    }

    @Test
    void theHopLimitStopsTheTrail() {
        var result = trace("VICTIM", TraceDirection.FORWARD, TraceMethod.FIFO, 2);
        assertThat(result.flows()).extracting(TraceResult.Flow::id).containsExactly("in", "p1", "p2");
        assertThat(result.terminals()).filteredOn(TraceResult.Terminal::hopLimit)
                .extracting(TraceResult.Terminal::account).containsExactly("N", "M");
    }
}
