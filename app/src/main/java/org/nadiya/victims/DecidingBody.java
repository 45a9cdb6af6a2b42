package org.nadiya.victims;

/** A body that decides on the status (a regional state administration); kept as data. */
public record DecidingBody(String code, String nameUk, String nameEn, String regionCode) {

    public String name(java.util.Locale locale) {
        return "uk".equals(locale.getLanguage()) ? nameUk : nameEn;
    }
}
