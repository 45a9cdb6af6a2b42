package org.nadiya.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nadiya.screen.IndicatorHit;

class HighlightTest {

    @Test
    void piecesRebuildTheTextAndOverlappingSpansAreMarkedOnce() {
        String text = "urgent: girls 18-25 wanted abroad";
        var pieces = Highlight.of(text, List.of(
                new IndicatorHit("A", 0.1, "girls 18-25", 8, 19),
                new IndicatorHit("B", 0.1, "18-25 wanted", 14, 26),
                new IndicatorHit("C", 0.1, "urgent", 0, 6),
                new IndicatorHit("D", 0.1, "", -1, -1)));
        assertThat(String.join("", pieces.stream().map(Highlight::text).toList())).isEqualTo(text);
        assertThat(pieces).extracting(Highlight::text, Highlight::codes).containsExactly(
                org.assertj.core.groups.Tuple.tuple("urgent", List.of("C")),
                org.assertj.core.groups.Tuple.tuple(": ", List.of()),
                org.assertj.core.groups.Tuple.tuple("girls 18-25 wanted", List.of("A", "B")),
                org.assertj.core.groups.Tuple.tuple(" abroad", List.of()));
        assertThat(Highlight.of("", List.of())).isEmpty();
    }
}
