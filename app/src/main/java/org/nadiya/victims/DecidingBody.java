package org.nadiya.victims;

/** The body an application for the status is lodged with (the oblast or Kyiv city state administration); kept as data. */
public record DecidingBody(String code, String nameUk, String nameEn, String regionCode) {

    public String name(java.util.Locale locale) {
        return "uk".equals(locale.getLanguage()) ? nameUk : nameEn;
    }
}
