package org.nadiya.security;

/** A region of Ukraine (ISO 3166-2), or {@code UA} for the central level. */
public record Region(String code, String nameUk, String nameEn, String kind) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameUk;
    }
}
