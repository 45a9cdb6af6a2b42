package org.nadiya.identification.indicators;

/** A text of the catalogue in Ukrainian and English. */
public record Text(String uk, String en) {

    /** The text in the given language ("en" or anything else for Ukrainian, the default). */
    public String in(String language) {
        return "en".equals(language) ? en : uk;
    }
}
