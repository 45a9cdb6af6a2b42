package org.nadiya.identification.indicators;

/**
 * One observation or question. {@code verify} marks an item condensed from a secondary summary and not yet
 * checked against the cited original.
 */
public record Indicator(String id, String groupId, Weight weight, Text question, Source source, boolean verify) {
}
