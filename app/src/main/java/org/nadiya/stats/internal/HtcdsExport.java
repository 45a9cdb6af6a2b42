package org.nadiya.stats.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.ExploitationForm;
import org.nadiya.referrals.Partner;
import org.nadiya.referrals.PartnerDirectory;
import org.nadiya.referrals.PartnerKind;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.victims.ConsentScope;
import org.nadiya.victims.Consents;
import org.nadiya.victims.Identity;
import org.nadiya.victims.Person;
import org.nadiya.victims.Persons;
import org.nadiya.victims.Recipient;
import org.springframework.stereotype.Service;

/**
 * One person's case in the shape of the Human Trafficking Case Data Standard (organisation, person, victim context,
 * perpetrator context, trafficking events, case; field names of the HTCDS field reference, docs/sources.md), for a
 * named partner organisation. Only what the person's consent lets out to that organisation NOW is included:
 * identity under SHARE_IDENTITY, everything else about the case under SHARE_CASE_DETAILS; the rest is listed as
 * withheld. Perpetrators belong to the criminal proceeding and are never exported to partners.
 */
@Service
class HtcdsExport {

    private final Persons persons;
    private final Consents consents;
    private final PartnerDirectory partners;
    private final ProceedingFacts proceedings;
    private final AuditLog audit;

    HtcdsExport(Persons persons, Consents consents, PartnerDirectory partners, ProceedingFacts proceedings,
                AuditLog audit) {
        this.persons = persons;
        this.consents = consents;
        this.partners = partners;
        this.proceedings = proceedings;
        this.audit = audit;
    }

    Map<String, Object> export(CurrentUser user, long personId, String partnerCode, String reason) {
        if (partnerCode == null || partnerCode.isBlank()) {
            throw new InvalidInputException("partner", "error.stats.partner.required");
        }
        Person person = persons.open(user, personId);
        Partner partner = partners.get(user, partnerCode.trim().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new InvalidInputException("partner", "error.stats.partner.unknown", partnerCode));
        Recipient recipient = Recipient.partner(partner.agencyCode());
        boolean identityAllowed = consents.allows(personId, ConsentScope.SHARE_IDENTITY, recipient);
        boolean detailsAllowed = consents.allows(personId, ConsentScope.SHARE_CASE_DETAILS, recipient);
        Identity identity = null;
        if (identityAllowed) {
            if (reason == null || reason.isBlank()) {
                throw new InvalidInputException("reason", "error.stats.reason.required");
            }
            identity = persons.identity(user, personId, reason.trim());
        }
        List<String> withheld = new ArrayList<>();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("standard", "HTCDS");
        body.put("organisation", organisation(partner));
        body.put("person", person(person, identity, detailsAllowed));
        if (!identityAllowed) {
            withheld.add("person.identity");
        }
        if (detailsAllowed) {
            body.put("victimContext", victimContext(person));
            body.put("traffickingEvents", events(person));
        } else {
            withheld.add("victimContext");
            withheld.add("traffickingEvents");
        }
        body.put("perpetratorContext", List.of());
        withheld.add("perpetratorContext");
        body.put("case", caseOf(person, user, partner));
        body.put("withheld", withheld);
        audit.record(AuditEvent.allowed("HTCDS_EXPORT", "person", person.pseudonym())
                .because(identityAllowed ? reason.trim() : null)
                .with("partner=" + partner.agencyCode() + " identity=" + identityAllowed + " details=" + detailsAllowed));
        return body;
    }

    private static Map<String, Object> organisation(Partner partner) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("org_Name", partner.nameEn());
        org.put("org_Type", orgType(partner.kind()));
        org.put("org_ShippingCountry", "UA");
        return org;
    }

    private static Map<String, Object> person(Person person, Identity identity, boolean details) {
        Map<String, Object> prs = new LinkedHashMap<>();
        prs.put("prs_Id", person.pseudonym());
        if (identity != null) {
            prs.put("prs_SecondName", identity.familyName());
            prs.put("prs_FirstName", identity.givenName());
            prs.put("prs_MiddleName", identity.patronymic());
            prs.put("prs_Birthdate", identity.birthDate() == null ? null : identity.birthDate().toString());
            prs.put("prs_MobilePhone", identity.phone());
        }
        if (details) {
            prs.put("prs_Gender", switch (person.sex()) {
                case FEMALE -> "Female";
                case MALE -> "Male";
                case UNKNOWN -> "Unknown";
            });
            prs.put("prs_Nationality", person.citizenship());
        }
        return prs;
    }

    private static Map<String, Object> victimContext(Person person) {
        Map<String, Object> vic = new LinkedHashMap<>();
        List<String> sex = new ArrayList<>();
        List<String> labour = new ArrayList<>();
        for (ExploitationForm form : person.exploitationForms()) {
            switch (form) {
                case SEXUAL_EXPLOITATION -> sex.add("Prostitution");
                case PORNOGRAPHY -> sex.add("Pornography");
                case FORCED_BEGGING -> labour.add("Begging");
                case CRIMINAL_ACTIVITY -> labour.add("IllicitActivities");
                case FORCED_LABOUR, FORCED_SERVICES, SLAVERY, SERVITUDE, DEBT_BONDAGE -> labour.add("Other");
                default -> { }
            }
        }
        vic.put("vic_AgreementToManagePersonalData", true);
        vic.put("vic_TypeOfSexExploitation", List.copyOf(new TreeSet<>(sex)));
        vic.put("vic_TypeOfLabourExploitation", List.copyOf(new TreeSet<>(labour)));
        vic.put("nadiya_ExploitationForms", person.exploitationForms().stream().map(Enum::name).sorted().toList());
        vic.put("nadiya_Child", person.child());
        vic.put("nadiya_Crsv", person.crsv());
        return vic;
    }

    private List<Map<String, Object>> events(Person person) {
        var countries = proceedings.countries();
        var seen = new TreeSet<String>();
        person.participations().forEach(p -> seen.addAll(countries.getOrDefault(p.proceedingId(), List.of())));
        List<Map<String, Object>> events = new ArrayList<>();
        for (String country : seen) {
            Map<String, Object> hte = new LinkedHashMap<>();
            hte.put("hte_Type", "Exploitation");
            hte.put("hte_Country", country);
            events.add(hte);
        }
        return events;
    }

    private static Map<String, Object> caseOf(Person person, CurrentUser user, Partner partner) {
        Map<String, Object> cas = new LinkedHashMap<>();
        cas.put("cas_Status", "Active");
        cas.put("cas_ReferringOrganisation", user.agencyCode());
        cas.put("cas_ReferredOrganisation", partner.agencyCode());
        cas.put("nadiya_RegisteredOn", person.registeredOn().toString());
        return cas;
    }

    private static String orgType(PartnerKind kind) {
        return switch (kind) {
            case NGO, SHELTER, INTERNATIONAL_ORGANISATION -> "NGO";
            case STATE_SOCIAL_SERVICE -> "LocalGovernmentOrganisation";
            case HEALTH_FACILITY -> "HealthServiceOrganisation";
            case FREE_LEGAL_AID_CENTRE -> "LegalService";
        };
    }
}
