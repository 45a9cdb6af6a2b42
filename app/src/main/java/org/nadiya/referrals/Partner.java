package org.nadiya.referrals;

import org.nadiya.victims.ServiceType;

import java.util.Set;

/**
 * A partner organisation in the directory. It is an agency of kind PARTNER (its users belong to it);
 * {@code regions} holds ISO 3166-2 codes, {@code UA} meaning nationwide; {@code capacity} is the number of
 * people it can take now, null when unknown. Contacts are the organisation's public ones: never a shelter's
 * address.
 */
public record Partner(String agencyCode, String nameUk, String nameEn, PartnerKind kind, Set<ServiceType> services,
                      Set<String> regions, Set<String> languages, String contacts, Integer capacity) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameUk;
    }

    public boolean covers(String regionCode) {
        return regions.contains("UA") || regions.contains(regionCode);
    }
}
