package org.nadiya.cooperation;

import java.util.Locale;

/** An entry of a catalogue kept as data: a country (ISO 3166-1 alpha-2), a legal basis or a subject. */
public record CatalogueEntry(String code, String nameUk, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameUk;
    }
}
