package org.nadiya.flow.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The main paths of a trace: for the largest terminals, the path from the start whose smallest step carries
 * the most traced money (a widest path over the flows summed per pair of accounts).
 */
final class MainPaths {

    private static final int PATHS = 5;

    private MainPaths() {
    }

    static List<TraceResult.MainPath> find(String origin, boolean fromTransaction, List<TraceResult.Flow> flows,
                                           List<TraceResult.Terminal> terminals, boolean forward) {
        if (flows.isEmpty()) {
            return List.of();
        }
        // Walk in the trace's own direction: forward along payments, backward against them.
        Map<String, Map<String, Long>> edges = new HashMap<>();
        for (var f : flows) {
            String a = forward ? f.from() : f.to();
            String b = forward ? f.to() : f.from();
            edges.computeIfAbsent(a, k -> new HashMap<>()).merge(b, f.attributedMinor(), Long::sum);
        }
        String start = origin;
        if (fromTransaction) {
            var first = flows.get(0);
            start = forward ? first.from() : first.to();
        }
        Map<String, Long> width = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        record Entry(String account, long width) {
        }
        var queue = new PriorityQueue<Entry>((x, y) -> Long.compare(y.width(), x.width()));
        width.put(start, Long.MAX_VALUE);
        queue.add(new Entry(start, Long.MAX_VALUE));
        while (!queue.isEmpty()) {
            Entry e = queue.poll();
            if (e.width() < width.getOrDefault(e.account(), 0L)) {
                continue;
            }
            for (var next : edges.getOrDefault(e.account(), Map.of()).entrySet()) {
                long w = Math.min(e.width(), next.getValue());
                if (w > width.getOrDefault(next.getKey(), 0L) && !next.getKey().equals(start)) {
                    width.put(next.getKey(), w);
                    previous.put(next.getKey(), e.account());
                    queue.add(new Entry(next.getKey(), w));
                }
            }
        }
        List<TraceResult.MainPath> paths = new ArrayList<>();
        for (var terminal : terminals) {
            if (paths.size() == PATHS) {
                break;
            }
            if (!previous.containsKey(terminal.account())) {
                continue;
            }
            List<String> path = new ArrayList<>();
            for (String a = terminal.account(); a != null; a = previous.get(a)) {
                path.add(a);
                if (a.equals(start)) {
                    break;
                }
            }
            if (forward) {
                Collections.reverse(path);
            }
            paths.add(new TraceResult.MainPath(List.copyOf(path), width.get(terminal.account())));
        }
        return paths;
    }
}
