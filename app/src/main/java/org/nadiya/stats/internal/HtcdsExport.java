package org.nadiya.stats.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.referrals.Partner;
import org.nadiya.referrals.PartnerDirectory;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.victims.ConsentScope;
import org.nadiya.victims.Consents;
import org.nadiya.victims.Identity;
import org.nadiya.victims.Person;
import org.nadiya.victims.Persons;
import org.nadiya.victims.Recipient;
import org.nadiya.victims.StatusApplication;
import org.nadiya.victims.VictimSupport;
import org.springframework.stereotype.Service;

/**
 * One person's case in the Human Trafficking Case Data Standard 2.0 (organisation, person, victim context,
 * perpetrator context, trafficking events, case, consent; field and value names of the standard's field list,
 * docs/sources.md), for a named partner organisation. Every section holds all of its core fields, empty when
 * unknown or withheld; Nadiya's own record (the pseudonym) travels beside the standard in {@code nadiya}. Only what
 * the person's consent lets out to that organisation NOW is included: identity under SHARE_IDENTITY, everything
 * else about the case under SHARE_CASE_DETAILS; the rest is listed as withheld. Perpetrators belong to the criminal proceeding and are never exported to partners.
 */
@Service
class HtcdsExport {

    private final Persons persons;
    private final Consents consents;
    private final PartnerDirectory partners;
    private final ProceedingFacts proceedings;
    private final VictimSupport victimSupport;
    private final AuditLog audit;

    HtcdsExport(Persons persons, Consents consents, PartnerDirectory partners, ProceedingFacts proceedings,
                VictimSupport victimSupport, AuditLog audit) {
        this.persons = persons;
        this.victimSupport = victimSupport;
        this.consents = consents;
        this.partners = partners;
        this.proceedings = proceedings;
        this.audit = audit;
    }

    /** The export: the standard's sections (field name to value, null when empty), Nadiya's record, what was withheld. */
    @Schema(description = "One person's case in HTCDS 2.0: each section maps the standard's field names to values"
            + " (null when unknown or withheld).")
    record HtcdsCase(String standard, String version, Map<String, Object> organisation, Map<String, Object> person,
                     Map<String, Object> victimContext, List<Map<String, Object>> perpetratorContext,
                     List<Map<String, Object>> traffickingEvents, @JsonProperty("case") Map<String, Object> caseSection,
                     Map<String, Object> consent, Map<String, Object> nadiya, List<String> withheld) {
    }

    HtcdsCase export(CurrentUser user, long personId, String partnerCode, String reason) {
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
        if (!identityAllowed) {
            withheld.add("person.identity");
        }
        if (!detailsAllowed) {
            withheld.add("victimContext");
            withheld.add("traffickingEvents");
        }
        withheld.add("perpetratorContext");
        var body = new HtcdsCase("HTCDS", "2.0", organisation(partner), person(person, identity, detailsAllowed),
                detailsAllowed ? victimContext(person, victimSupport.statusApplications(user, personId))
                        : victimContext(null, List.of()),
                List.of(), detailsAllowed ? events(person) : List.of(), caseOf(user, partner),
                Map.of("con_Consent", identityAllowed || detailsAllowed), extensions(person, detailsAllowed),
                withheld);
        audit.record(AuditEvent.allowed("HTCDS_EXPORT", "person", person.pseudonym())
                .because(identityAllowed ? reason.trim() : null)
                .with("partner=" + partner.agencyCode() + " identity=" + identityAllowed + " details=" + detailsAllowed));
        return body;
    }

    /** A section holding every named field, empty (null) until set: absent data is explicit, never a missing key. */
    private static Map<String, Object> section(String... fields) {
        Map<String, Object> section = new LinkedHashMap<>();
        for (String field : fields) {
            section.put(field, null);
        }
        return section;
    }

    private static Map<String, Object> organisation(Partner partner) {
        Map<String, Object> org = section("org_Name", "org_Type", "org_ShippingCountry");
        org.put("org_Name", partner.nameEn());
        org.put("org_Type", HtcdsValues.organisationType(partner.kind()));
        org.put("org_ShippingCountry", "UA");
        return org;
    }

    /**
     * Identity only under SHARE_IDENTITY; the address and e-mail are never exported (the partner needs a way to
     * reach the person, not where the person lives).
     */
    private static Map<String, Object> person(Person person, Identity identity, boolean details) {
        Map<String, Object> prs = section("prs_Salutation", "prs_Title", "prs_FirstName", "prs_MiddleName",
                "prs_SecondName", "prs_Birthdate", "prs_Gender", "prs_Citizenship", "prs_Email", "prs_HomePhone",
                "prs_MobilePhone", "prs_MailingStreet", "prs_MailingCity", "prs_MailingState", "prs_MailingPostalCode",
                "prs_MailingCountry");
        if (identity != null) {
            prs.put("prs_SecondName", identity.familyName());
            prs.put("prs_FirstName", identity.givenName());
            prs.put("prs_MiddleName", identity.patronymic());
            prs.put("prs_Birthdate", identity.birthDate() == null ? null : identity.birthDate().toString());
            prs.put("prs_MobilePhone", identity.phone());
        }
        if (details) {
            prs.put("prs_Gender", HtcdsValues.gender(person.sex()));
            prs.put("prs_Citizenship", HtcdsValues.citizenship(person.citizenship()));
        }
        return prs;
    }

    /** The victim context; every field empty when the person did not consent to share case details. */
    private static Map<String, Object> victimContext(Person person, List<StatusApplication> applications) {
        Map<String, Object> vic = section("vic_TraffickingStatus", "vic_TraffickingStatusDecisionMakingOrg",
                "vic_MethodOfRecruitment", "vic_LocationOfRecruitment", "vic_MethodsOfControl", "vic_TypeOfExploitation",
                "vic_ForcedLabourIndustry", "vic_TypeOfSexExploitation", "vic_LocationOfExploitation");
        if (person == null) {
            return vic;
        }
        var status = HtcdsValues.traffickingStatus(person.kind(), applications);
        vic.put("vic_TraffickingStatus", status.status());
        vic.put("vic_TraffickingStatusDecisionMakingOrg", status.decidedBy());
        vic.put("vic_MethodsOfControl", HtcdsValues.methodsOfControl(person.exploitationForms()));
        vic.put("vic_TypeOfExploitation", HtcdsValues.typesOfExploitation(person.exploitationForms()));
        vic.put("vic_TypeOfSexExploitation", HtcdsValues.typesOfSexExploitation(person.exploitationForms()));
        return vic;
    }

    /** Nadiya's own record beside the standard's sections: the pseudonym, and the case details under consent. */
    private static Map<String, Object> extensions(Person person, boolean details) {
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("pseudonym", person.pseudonym());
        if (details) {
            own.put("exploitationForms", HtcdsValues.nadiyaForms(person.exploitationForms()));
            own.put("child", person.child());
            own.put("crsv", person.crsv());
            own.put("registeredOn", person.registeredOn().toString());
        }
        return own;
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

    private static Map<String, Object> caseOf(CurrentUser user, Partner partner) {
        Map<String, Object> cas = section("cas_Status", "cas_ReasonForCaseClosure", "cas_CaseOwner",
                "cas_ReferringOrganisation", "cas_IncomingReferralDate", "cas_ReferringPrimaryCaseWorker",
                "cas_ReasonForIncomingReferral", "cas_IncomingReferralDetails", "cas_ReferredOrganisation",
                "cas_ReferredPrimaryCaseWorker", "cas_ReasonForOutgoingReferral", "cas_OutgoingReferralDate",
                "cas_OutgoingReferralDetails");
        cas.put("cas_Status", "Active");
        cas.put("cas_ReferringOrganisation", user.agencyCode());
        cas.put("cas_ReferredOrganisation", partner.agencyCode());
        return cas;
    }
}
