package org.nadiya.flow.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nadiya.flow.TransactionGraph;
import org.nadiya.flow.TraceDirection;
import org.nadiya.flow.TraceMethod;

/**
 * Follows money through the graph. Transactions are visited in time order (forward) or reverse time order
 * (backward) from a heap, so every share reaching a transaction is summed before it is passed on. Each
 * account's attribution comes from its {@link Ledger}: what leaves an account is attributed only to what
 * entered it, never more (see FlowConservationTest).
 */
public final class Tracer {

    private final TransactionGraph graph;

    public Tracer(TransactionGraph graph) {
        this.graph = graph;
    }

    public TraceResult trace(TraceRequest request) {
        boolean forward = request.direction() == TraceDirection.FORWARD;
        int first = graph.firstAtOrAfter(request.since());
        int last = request.until() == Long.MAX_VALUE ? graph.transactionCount() - 1
                : graph.firstAtOrAfter(request.until() + 1) - 1;
        Map<Integer, Long> pending = new HashMap<>();
        Map<Integer, Integer> hops = new HashMap<>();
        var heap = new IntHeap();
        String origin;
        if (request.transaction() != null) {
            int tx = graph.transactionIndex(request.transaction());
            if (tx < 0) {
                throw new IllegalArgumentException("no transaction with id '" + request.transaction() + "'");
            }
            origin = request.transaction();
            start(tx, forward, pending, hops, heap);
        } else {
            int a = graph.accountIndex(request.account());
            if (a < 0) {
                throw new IllegalArgumentException("no transaction names account '" + request.account() + "'");
            }
            origin = request.account();
            int from = forward ? graph.outStart(a) : graph.inStart(a);
            int to = forward ? graph.outEnd(a) : graph.inEnd(a);
            for (int k = from; k < to; k++) {
                int tx = forward ? graph.outTx(k) : graph.inTx(k);
                if (tx >= first && tx <= last && graph.from(tx) != graph.to(tx)) {
                    start(tx, forward, pending, hops, heap);
                }
            }
        }
        Map<Integer, Ledger> ledgers = new HashMap<>();
        Map<Integer, long[]> balance = new HashMap<>();
        List<TraceResult.Flow> flows = new ArrayList<>();
        long traced = 0;
        while (!heap.isEmpty()) {
            int tx = forward ? heap.pop() : -heap.pop();
            long amount = pending.remove(tx);
            int hop = hops.get(tx);
            flows.add(new TraceResult.Flow(tx, graph.id(tx), graph.account(graph.from(tx)),
                    graph.account(graph.to(tx)), graph.time(tx), graph.amount(tx), amount, hop));
            if (hop == 1) {
                traced += amount;
            }
            int account = forward ? graph.to(tx) : graph.from(tx);
            long[] entered = balance.computeIfAbsent(account, k -> new long[3]);
            entered[0] += amount;
            if (hop >= request.hops()) {
                entered[2] = 1;
                continue;
            }
            Ledger ledger = ledgers.computeIfAbsent(account,
                    k -> new Ledger(graph, k, forward ? last : graph.transactionCount() - 1));
            Ledger.Shares shares = (next, share) -> {
                if (share <= 0 || (forward ? next > last : next < first)) {
                    return;
                }
                long before = pending.getOrDefault(next, -1L);
                if (before < 0) {
                    if (hops.containsKey(next)) {
                        return; // already followed in full (the start), money came back round a cycle
                    }
                    before = 0;
                    heap.push(forward ? next : -next);
                    hops.put(next, hop + 1);
                } else {
                    hops.merge(next, hop + 1, Math::min);
                }
                long capped = Math.min(before + share, graph.amount(next));
                entered[1] += capped - before;
                pending.put(next, capped);
            };
            if (request.method() == TraceMethod.FIFO) {
                if (forward) {
                    ledger.forwardFifo(tx, amount, shares);
                } else {
                    ledger.backwardFifo(tx, amount, shares);
                }
            } else if (forward) {
                ledger.forwardProportional(tx, amount, shares);
            } else {
                ledger.backwardProportional(tx, amount, shares);
            }
        }
        List<TraceResult.Terminal> terminals = new ArrayList<>();
        balance.forEach((account, sums) -> {
            long rest = sums[0] - sums[1];
            if (rest > 0) {
                terminals.add(new TraceResult.Terminal(graph.account(account), rest, sums[2] == 1));
            }
        });
        terminals.sort((x, y) -> Long.compare(y.amountMinor(), x.amountMinor()));
        return new TraceResult(origin, request.direction(), traced, flows, terminals,
                MainPaths.find(origin, request.transaction() != null, flows, terminals, forward));
    }

    private void start(int tx, boolean forward, Map<Integer, Long> pending, Map<Integer, Integer> hops, IntHeap heap) {
        pending.put(tx, graph.amount(tx));
        hops.put(tx, 1);
        heap.push(forward ? tx : -tx);
    }
}
