package org.nadiya.match.persons;

import java.util.List;

/**
 * How likely two records are one person (0..1); whether that is a {@code match} (the score at the threshold, names
 * agreeing and something besides the name agreeing); the {@code evidence} in short ("name 0.98", "date of birth
 * exact", "both have PHONE:+380…", "same place київ") and the {@code reasons} in full.
 */
public record PersonMatch(double score, boolean match, List<String> evidence, List<String> reasons) {
}
