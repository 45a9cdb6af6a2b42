package org.nadiya.referrals.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.nadiya.referrals.Partner;
import org.nadiya.referrals.PartnerKind;
import org.nadiya.victims.ServiceType;
import org.nadiya.kernel.InvalidInputException;

/** The directory form as submitted; lists typed as text ("uk, en") are kept as typed for redisplay. */
public record PartnerForm(String agencyCode, String nameUk, String nameEn, String kind, List<String> services,
                          List<String> regions, String languages, String contacts, String capacity) {

    static PartnerForm empty() {
        return new PartnerForm("", "", "", "NGO", List.of(), List.of(), "uk", "", "");
    }

    static PartnerForm of(Partner p) {
        return new PartnerForm(p.agencyCode(), p.nameUk(), p.nameEn(), p.kind().name(),
                p.services().stream().map(Enum::name).toList(), List.copyOf(p.regions()), String.join(", ", p.languages()),
                p.contacts() == null ? "" : p.contacts(), p.capacity() == null ? "" : p.capacity().toString());
    }

    public boolean offers(String service) {
        return services != null && services.contains(service);
    }

    public boolean covers(String region) {
        return regions != null && regions.contains(region);
    }

    Partner toPartner() {
        PartnerKind parsedKind;
        try {
            parsedKind = PartnerKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "error.referrals.kind.choose");
        }
        Set<ServiceType> parsedServices = EnumSet.noneOf(ServiceType.class);
        for (String s : services == null ? List.<String>of() : services) {
            try {
                parsedServices.add(ServiceType.valueOf(s));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("services", "error.referrals.services.unknown", s);
            }
        }
        Integer parsedCapacity;
        try {
            parsedCapacity = capacity == null || capacity.isBlank() ? null : Integer.valueOf(capacity.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("capacity", "error.common.wholeNumber.not", capacity);
        }
        Set<String> parsedLanguages = new LinkedHashSet<>(languages == null ? List.of()
                : Arrays.stream(languages.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList());
        return new Partner(agencyCode, nameUk, nameEn, parsedKind, parsedServices,
                new LinkedHashSet<>(regions == null ? List.of() : regions), parsedLanguages, contacts, parsedCapacity);
    }
}
