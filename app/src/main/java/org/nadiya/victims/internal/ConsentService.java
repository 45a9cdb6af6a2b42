package org.nadiya.victims.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.FieldEncryption;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.ReferenceData;
import org.nadiya.victims.Consent;
import org.nadiya.victims.ConsentForm;
import org.nadiya.victims.ConsentGrant;
import org.nadiya.victims.ConsentScope;
import org.nadiya.victims.Consents;
import org.nadiya.victims.DisclosureOverride;
import org.nadiya.victims.Recipient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Consent per scope and recipient, the signed forms (encrypted), and prosecutors' disclosure overrides. */
@Service
class ConsentService implements Consents {

    static final int MAX_FORM_BYTES = 10 * 1024 * 1024;

    private final ConsentStore store;
    private final PersonService persons;
    private final FieldEncryption encryption;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    ConsentService(ConsentStore store, PersonService persons, FieldEncryption encryption, ReferenceData reference,
                   AuditLog audit, Clock clock) {
        this.store = store;
        this.persons = persons;
        this.encryption = encryption;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean allows(long personId, ConsentScope scope, Recipient recipient) {
        if (scope == null) {
            throw new IllegalArgumentException("scope is required");
        }
        if (scope.needsRecipient() && recipient == null) {
            return false;
        }
        return store.allows(personId, scope, recipient);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Consent> list(CurrentUser user, long personId) {
        persons.visible(user, personId);
        return store.list(personId);
    }

    @Override
    @Transactional
    public long give(CurrentUser user, long personId, ConsentGrant grant) {
        var person = persons.visibleForConsents(user, personId, true);
        if (grant == null || grant.scope() == null) {
            throw new InvalidInputException("scope", "error.victims.scope.choose");
        }
        Recipient recipient = checkRecipient(grant.scope(), grant.recipient());
        LocalDate today = persons.today();
        LocalDate on = grant.givenOn() == null ? today : grant.givenOn();
        if (on.isAfter(today)) {
            throw new InvalidInputException("givenOn", "error.victims.givenOn.future");
        }
        byte[] form = grant.form() == null || grant.form().length == 0 ? null : grant.form();
        if (form != null && form.length > MAX_FORM_BYTES) {
            throw new InvalidInputException("form", "error.victims.form.tooLarge");
        }
        String sha = form == null ? null : sha256(form);
        String fileName = form == null ? null : fileName(grant.formFileName());
        long id = store.insert(personId, grant.scope(), recipient, on, user.username(), fileName, sha, clock.instant());
        if (form != null) {
            String key = person.pseudonym() + "/" + id;
            store.storeForm(key, id, form.length, encryption.encrypt(Base64.getEncoder().encodeToString(form),
                    IdentityColumns.CONSENT_FORM.context(key)));
        }
        audit.record(AuditEvent.allowed("CONSENT_GIVEN", PersonService.ENTITY, personId).by(user.username())
                .with(person.pseudonym() + ": " + grant.scope() + (recipient == null ? "" : " to " + recipient)
                        + ", consent " + id + (sha == null ? "" : ", form sha256 " + sha)));
        return id;
    }

    @Override
    @Transactional
    public void withdraw(CurrentUser user, long personId, long consentId, LocalDate on) {
        var person = persons.visibleForConsents(user, personId, true);
        LocalDate date = on == null ? persons.today() : on;
        if (date.isAfter(persons.today())) {
            throw new InvalidInputException("withdrawnOn", "error.victims.withdrawnOn.future");
        }
        var consent = store.find(personId, consentId)
                .orElseThrow(() -> new InvalidInputException("consent", "error.victims.consent.unknown"));
        if (!consent.active()) {
            throw new InvalidInputException("consent", "error.victims.consent.withdrawn");
        }
        if (date.isBefore(consent.givenOn())) {
            throw new InvalidInputException("withdrawnOn", "error.victims.withdrawnOn.beforeGiven");
        }
        store.withdraw(personId, consentId, date, user.username());
        audit.record(AuditEvent.allowed("CONSENT_WITHDRAWN", PersonService.ENTITY, personId).by(user.username())
                .with(person.pseudonym() + ": consent " + consentId + " " + consent.scope()));
    }

    @Override
    @Transactional(readOnly = true)
    public ConsentForm form(CurrentUser user, long personId, long consentId) {
        var person = persons.visibleForConsents(user, personId, true);
        var consent = store.find(personId, consentId).orElseThrow(() -> new NotVisibleException("consent", consentId));
        var stored = store.form(consentId).orElseThrow(() -> new NotVisibleException("consent form", consentId));
        byte[] content = Base64.getDecoder().decode(encryption.decrypt(stored[1], IdentityColumns.CONSENT_FORM.context(stored[0])));
        audit.record(AuditEvent.allowed("CONSENT_FORM_READ", PersonService.ENTITY, personId).by(user.username())
                .with(person.pseudonym() + ": consent " + consentId));
        return new ConsentForm(consent.formFileName(), consent.formSha256(), content);
    }

    @Override
    @Transactional
    public long override(CurrentUser user, long personId, ConsentScope scope, Recipient recipient, String reason) {
        var person = persons.visible(user, personId);
        if (!persons.mayOverride(user, person)) {
            audit.recordDenied(AuditEvent.denied("CONSENT_OVERRIDE_REFUSED", PersonService.ENTITY, personId)
                    .by(user.username()).with(person.pseudonym() + ": only a prosecutor overrides consent"));
            throw new AccessDeniedException("only a prosecutor overrides consent");
        }
        if (scope == null) {
            throw new InvalidInputException("scope", "error.victims.scope.disclosed");
        }
        Recipient checked = checkRecipient(scope, recipient);
        String why = IdentityRules.required("reason", reason, 1000);
        long id = store.insertOverride(personId, scope, checked, why, user.username(), clock.instant());
        audit.record(AuditEvent.allowed("CONSENT_OVERRIDE", PersonService.ENTITY, personId).by(user.username())
                .because(why).with(person.pseudonym() + ": " + scope + (checked == null ? "" : " to " + checked)));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DisclosureOverride> overrides(CurrentUser user, long personId) {
        persons.visible(user, personId);
        return store.overrides(personId);
    }

    private Recipient checkRecipient(ConsentScope scope, Recipient recipient) {
        if (!scope.needsRecipient()) {
            return null;
        }
        if (recipient == null) {
            throw new InvalidInputException("recipient", "error.victims.recipient.required");
        }
        if (recipient.kind() == Recipient.Kind.PARTNER) {
            var agency = reference.agency(recipient.code()).orElse(null);
            if (agency == null || !"PARTNER".equals(agency.kind()) || !agency.active()) {
                throw new InvalidInputException("recipient", "error.victims.recipient.noPartner");
            }
        }
        return recipient;
    }

    private static String fileName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").trim();
        return base.isEmpty() ? "consent-form" : base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
