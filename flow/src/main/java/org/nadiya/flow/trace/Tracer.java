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

    /**
     * The transaction a reference names. Statements may give several transactions the same reference (two details
     * of one batch, a bank's repeated document number): then the reference alone is refused, listing them, and
     * {@code REF#k} names the k-th of them in time order.
     */
    int transaction(String reference) {
        int[] found = graph.transactionIndices(reference);
        if (found.length == 1) {
            return found[0];
        }
        if (found.length > 1) {
            var list = new StringBuilder();
            for (int k = 0; k < found.length; k++) {
                int tx = found[k];
                list.append(k == 0 ? "" : "; ").append(reference).append('#').append(k + 1).append(" (")
                        .append(graph.dateOnly(tx) ? graph.instant(tx).toString().substring(0, 10)
                                : graph.instant(tx).toString())
                        .append(", ").append(org.nadiya.flow.Money.format(graph.amount(tx))).append(' ')
                        .append(graph.currency(tx)).append(", ").append(graph.account(graph.from(tx))).append(" -> ")
                        .append(graph.account(graph.to(tx))).append(')');
            }
            throw new IllegalArgumentException("transaction id '" + reference + "' names " + found.length
                    + " transactions; give one of: " + list);
        }
        int hash = reference.lastIndexOf('#');
        if (hash > 0 && reference.substring(hash + 1).matches("\\d{1,9}")) {
            int[] same = graph.transactionIndices(reference.substring(0, hash));
            int k = Integer.parseInt(reference.substring(hash + 1));
            if (same.length > 1 && k >= 1 && k <= same.length) {
                return same[k - 1];
            }
        }
        throw new IllegalArgumentException("no transaction with id '" + reference + "'");
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
            int tx = transaction(request.transaction());
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
