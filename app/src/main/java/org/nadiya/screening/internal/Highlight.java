package org.nadiya.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.nadiya.screen.IndicatorHit;

/** The ad cut into plain and highlighted pieces, for showing evidence in place; overlapping spans are merged. */
public record Highlight(String text, List<String> codes) {

    public boolean marked() {
        return !codes.isEmpty();
    }

    static List<Highlight> of(String document, List<IndicatorHit> hits) {
        TreeMap<Integer, int[]> spans = new TreeMap<>();
        TreeMap<Integer, List<String>> codes = new TreeMap<>();
        for (IndicatorHit hit : hits) {
            if (hit.start() >= 0 && hit.end() > hit.start()) {
                spans.put(hit.start(), new int[] {hit.start(), Math.max(hit.end(), spans.getOrDefault(hit.start(), new int[] {0, 0})[1])});
                codes.computeIfAbsent(hit.start(), k -> new ArrayList<>()).add(hit.code());
            }
        }
        List<Highlight> pieces = new ArrayList<>();
        int at = 0;
        int[] open = null;
        List<String> openCodes = new ArrayList<>();
        for (var entry : spans.entrySet()) {
            int[] span = entry.getValue();
            if (open != null && span[0] < open[1]) {
                open[1] = Math.max(open[1], span[1]);
                openCodes.addAll(codes.get(entry.getKey()));
                continue;
            }
            if (open != null) {
                pieces.add(new Highlight(document.substring(open[0], open[1]), List.copyOf(openCodes)));
                at = open[1];
            }
            if (span[0] > at) {
                pieces.add(new Highlight(document.substring(at, span[0]), List.of()));
            }
            open = span.clone();
            openCodes = new ArrayList<>(codes.get(entry.getKey()));
        }
        if (open != null) {
            pieces.add(new Highlight(document.substring(open[0], open[1]), List.copyOf(openCodes)));
            at = open[1];
        }
        if (at < document.length()) {
            pieces.add(new Highlight(document.substring(at), List.of()));
        }
        return pieces;
    }
}
