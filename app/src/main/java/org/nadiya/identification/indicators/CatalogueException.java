package org.nadiya.identification.indicators;

/** The catalogue file is wrong; the message names the place (e.g. {@code groups[2].indicators[0].source}). */
public class CatalogueException extends IllegalArgumentException {

    public CatalogueException(String message) {
        super(message);
    }
}
