package org.nadiya.match.persons;

import java.util.List;

/**
 * How likely two records are one person (0..1) and whether that is a {@code match} (the score at the threshold,
 * names agreeing and something besides the name agreeing); the pieces of evidence — the name's probability, how the
 * dates of birth relate (null when either is missing), the identifier both have (null when none), whether the
 * places agree — for a screen to word in its own language; the {@code evidence} in short ("name 0.98", "date of
 * birth exact", "both have PHONE:+380…", "same place київ") and the {@code reasons} in full.
 */
public record PersonMatch(double score, boolean match, double nameScore, BirthDate.Agreement dates,
                          String sharedIdentifier, boolean samePlace, List<String> evidence, List<String> reasons) {
}
