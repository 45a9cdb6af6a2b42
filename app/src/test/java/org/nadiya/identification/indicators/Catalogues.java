package org.nadiya.identification.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The catalogue shipped with the application, read without Spring. */
final class Catalogues {

    private Catalogues() {
    }

    static Catalogue shipped() {
        try (InputStream in = Catalogues.class.getResourceAsStream("/identification/indicators.yaml")) {
            return CatalogueReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
