package org.nadiya.referrals.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.referrals.Partner;
import org.nadiya.referrals.PartnerDirectory;
import org.nadiya.victims.ServiceType;
import org.nadiya.security.Agency;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.ReferenceData;
import org.nadiya.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcPartnerDirectory implements PartnerDirectory {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final PartnerStore store;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    JdbcPartnerDirectory(PartnerStore store, ReferenceData reference, AuditLog audit, Clock clock) {
        this.store = store;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Partner> find(CurrentUser user, ServiceType service, String regionCode) {
        requireReader(user);
        return store.find(service, regionCode == null || regionCode.isBlank() ? null : regionCode);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Partner> get(CurrentUser user, String agencyCode) {
        if (!(user.has(Role.PARTNER) && user.agencyCode().equals(agencyCode))) {
            requireReader(user);
        }
        return store.get(agencyCode);
    }

    @Override
    @Transactional
    public Partner save(CurrentUser user, Partner partner) {
        boolean own = user.has(Role.PARTNER) && user.agencyCode().equals(partner.agencyCode());
        if (!(own || user.has(Role.ADMIN) || user.has(Role.COORDINATOR))) {
            throw new AccessDeniedException("only administrators, coordinators and the organisation itself keep its entry");
        }
        Partner checked = check(partner);
        var agency = reference.agency(checked.agencyCode());
        if (agency.isEmpty()) {
            if (own) {
                throw new AccessDeniedException("a partner keeps only its own organisation's entry");
            }
            reference.addAgency(new Agency(checked.agencyCode(), checked.nameUk(), checked.nameEn(), "PARTNER", true));
        } else if (!"PARTNER".equals(agency.get().kind())) {
            throw new InvalidInputException("agencyCode", "error.referrals.agencyCode.notPartner", checked.agencyCode());
        }
        store.upsert(checked, clock.instant());
        audit.record(AuditEvent.allowed("PARTNER_SAVED", "partner", checked.agencyCode()).by(user.username())
                .with("services " + checked.services() + ", capacity " + checked.capacity()));
        return store.get(checked.agencyCode()).orElseThrow();
    }

    private static void requireReader(CurrentUser user) {
        if (!(user.has(Role.ADMIN) || user.has(Role.COORDINATOR) || user.has(Role.PROSECUTOR)
                || user.has(Role.INVESTIGATOR))) {
            throw new AccessDeniedException("the partner directory is for coordinators, prosecutors and investigators");
        }
    }

    private Partner check(Partner p) {
        String code = p.agencyCode() == null ? "" : p.agencyCode().trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new InvalidInputException("agencyCode", "error.common.code.format");
        }
        if (p.kind() == null) {
            throw new InvalidInputException("kind", "error.referrals.kind.choose");
        }
        if (p.services() == null || p.services().isEmpty()) {
            throw new InvalidInputException("services", "error.referrals.services.none");
        }
        Set<String> regions = new TreeSet<>();
        for (String r : p.regions() == null ? Set.<String>of() : p.regions()) {
            if (reference.region(r).isEmpty()) {
                throw new InvalidInputException("regions", "error.common.region.unknown", r);
            }
            regions.add(r);
        }
        if (regions.isEmpty()) {
            throw new InvalidInputException("regions", "error.referrals.regions.none");
        }
        Set<String> languages = new TreeSet<>();
        for (String l : p.languages() == null ? Set.<String>of() : p.languages()) {
            String code2 = l == null ? "" : l.trim().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(code2) || code2.length() != 2) {
                throw new InvalidInputException("languages", "error.referrals.languages.code", l);
            }
            languages.add(code2);
        }
        if (p.capacity() != null && (p.capacity() < 0 || p.capacity() > 100_000)) {
            throw new InvalidInputException("capacity", "error.referrals.capacity.invalid");
        }
        String contacts = p.contacts() == null || p.contacts().isBlank() ? null : p.contacts().trim();
        if (contacts != null && contacts.length() > 1000) {
            throw new InvalidInputException("contacts", "error.common.maxChars1000");
        }
        String nameUk = p.nameUk() == null ? "" : p.nameUk().trim();
        String nameEn = p.nameEn() == null ? "" : p.nameEn().trim();
        if (reference.agency(code).isEmpty() && (nameUk.isEmpty() || nameEn.isEmpty())) {
            throw new InvalidInputException("nameUk", "error.referrals.name.bothLanguages");
        }
        return new Partner(code, nameUk, nameEn, p.kind(), p.services(), regions, languages, contacts, p.capacity());
    }
}
