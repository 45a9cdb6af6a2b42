package org.nadiya.screen;

/**
 * An indicator found in an ad: {@code evidence} is the original text between {@code start} and {@code end} of
 * the ad's document ({@link Ad#document()}); an indicator found by absence (no employer named) has start = end
 * = -1 and empty evidence.
 */
public record IndicatorHit(String code, double weight, String evidence, int start, int end) {
}
