package org.nadiya.match.names;

import java.util.List;

/** How alike two names are, 0..1, and why. */
public record NameScore(double score, List<String> reasons) {
}
