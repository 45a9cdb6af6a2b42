package org.nadiya.match.persons;

import java.util.List;

/** How likely two records are one person, 0..1, and why. */
public record PersonMatch(double score, List<String> reasons) {
}
