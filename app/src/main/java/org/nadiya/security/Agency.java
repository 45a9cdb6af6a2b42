package org.nadiya.security;

/**
 * An organisation users belong to: law enforcement, prosecution, the Coordination Centre, a partner NGO
 * or state service.
 *
 * @param kind LAW_ENFORCEMENT, PROSECUTION, SUPPORT, PARTNER, RESEARCH or ADMINISTRATION
 */
public record Agency(String code, String nameUk, String nameEn, String kind, boolean active) {

    public static final java.util.List<String> KINDS =
            java.util.List.of("LAW_ENFORCEMENT", "PROSECUTION", "SUPPORT", "PARTNER", "RESEARCH", "ADMINISTRATION");

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameUk;
    }
}
