package org.nadiya.identification.indicators;

/** A document the catalogue cites. */
public record Source(String id, String title, String url) {
}
