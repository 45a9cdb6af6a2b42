package org.nadiya.victims.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.Proceedings;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.EncryptedColumn;
import org.nadiya.security.FieldEncryption;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NeedToKnow;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.ReferenceData;
import org.nadiya.security.Role;
import org.nadiya.victims.AgeGroup;
import org.nadiya.victims.Identity;
import org.nadiya.victims.NewPerson;
import org.nadiya.victims.Person;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.PersonPage;
import org.nadiya.victims.PersonRow;
import org.nadiya.victims.Persons;
import org.nadiya.victims.Sex;
import org.nadiya.victims.ConsentScope;
import org.nadiya.victims.Consents;
import org.nadiya.victims.PartnerDisclosure;
import org.nadiya.victims.Recipient;
import org.nadiya.victims.ServiceType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's rules: visibility first (404, audited), then who may do what (403, audited), then the change
 * and its audit entry in one transaction. Audit entries name the person by id and pseudonym, never by identity.
 */
@Service
class PersonService implements Persons {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    static final String ENTITY = "person";

    private final PersonStore store;
    private final PersonAccess access;
    private final FieldEncryption encryption;
    private final ReferenceData reference;
    private final Proceedings proceedings;
    private final NeedToKnow needToKnow;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectProvider<Consents> consents;
    private final PersonLinkStore links;
    private final PersonNameIndex nameIndex;

    PersonService(PersonStore store, PersonAccess access, FieldEncryption encryption, ReferenceData reference,
                  Proceedings proceedings, NeedToKnow needToKnow, AuditLog audit, Clock clock,
                  ObjectProvider<Consents> consents, PersonLinkStore links, PersonNameIndex nameIndex) {
        this.nameIndex = nameIndex;
        this.consents = consents;
        this.links = links;
        this.store = store;
        this.access = access;
        this.encryption = encryption;
        this.reference = reference;
        this.proceedings = proceedings;
        this.needToKnow = needToKnow;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(KYIV));
    }

    /** The user's grants over the register, with the case worker's visible proceedings among the candidates. */
    private PersonStore.Grants grants(CurrentUser user, java.util.Collection<Long> candidateProceedings) {
        boolean coordinator = user.has(Role.COORDINATOR);
        return new PersonStore.Grants(user.has(Role.ADMIN), coordinator ? user.regionCode() : null,
                coordinator && user.isCentral(), coordinator ? user.id() : null,
                access.visibleProceedings(user, candidateProceedings));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<Long> visibleAmong(CurrentUser user, java.util.Collection<Long> personIds) {
        if (PersonAccess.excluded(user) || personIds.isEmpty()) {
            return java.util.Set.of();
        }
        return store.visibleAmong(grants(user, store.proceedingsOfPersons(personIds)), personIds);
    }

    @Override
    @Transactional(readOnly = true)
    public PersonPage list(CurrentUser user, int page, int pageSize) {
        if (page < 0) {
            throw new InvalidInputException("page", "error.common.page.negative");
        }
        if (pageSize < 1 || pageSize > 200) {
            throw new InvalidInputException("pageSize", "error.common.pageSize.range");
        }
        if (PersonAccess.excluded(user)) {
            throw new AccessDeniedException("partners and researchers do not reach persons through this module");
        }
        List<PersonRow> rows = store.page(grants(user, store.linkedProceedings()), page, pageSize);
        boolean hasNext = rows.size() > pageSize;
        return new PersonPage(hasNext ? rows.subList(0, pageSize) : rows, page, pageSize, hasNext);
    }

    @Override
    @Transactional(readOnly = true)
    public Person open(CurrentUser user, long id) {
        var core = visible(user, id);
        audit.record(AuditEvent.allowed("PERSON_VIEWED", ENTITY, id).by(user.username()).with(core.pseudonym()));
        return assemble(core);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canSee(CurrentUser user, long id) {
        return store.core(id).map(c -> access.canSee(user, c, store.proceedingIds(id))).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayReadIdentity(CurrentUser user, long id) {
        return store.core(id).map(c -> access.canSee(user, c, store.proceedingIds(id))
                && access.mayReadIdentity(user, c, store.proceedingIds(id))).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Identity identity(CurrentUser user, long id, String reason) {
        var core = identityReadAllowed(user, id, reason);
        Identity identity = decrypt(core);
        audit.record(AuditEvent.allowed("IDENTITY_READ", ENTITY, id).by(user.username()).because(reason.trim())
                .with(core.pseudonym()));
        return identity;
    }

    /**
     * The checks before any identity field (the photo included) is decrypted: visible (404), allowed to read the
     * identity (403), a reason (400); every refusal audited. The caller audits the read itself.
     */
    PersonStore.Core identityReadAllowed(CurrentUser user, long id, String reason) {
        var core = visible(user, id);
        if (!access.mayReadIdentity(user, core, store.proceedingIds(id))) {
            audit.recordDenied(AuditEvent.denied("IDENTITY_REFUSED", ENTITY, id).by(user.username())
                    .because(reason == null || reason.isBlank() ? null : reason.trim())
                    .with(core.pseudonym() + ": role or team does not allow identity"));
            throw new AccessDeniedException("identity is not shown to this user");
        }
        if (reason == null || reason.isBlank() || reason.trim().length() > 1000) {
            audit.recordDenied(AuditEvent.denied("IDENTITY_REFUSED", ENTITY, id).by(user.username())
                    .with(core.pseudonym() + ": no reason given"));
            throw new InvalidInputException("reason", "error.victims.reason.required");
        }
        return core;
    }

    @Override
    @Transactional
    public long register(CurrentUser user, NewPerson person) {
        mayRegister(user);
        return insert(user, person, user.has(Role.COORDINATOR), false);
    }

    /** What {@link #register} refuses before it stores anything (who registers, every field), without storing. */
    void checkRegistration(CurrentUser user, NewPerson person) {
        mayRegister(user);
        checked(user, person, user.has(Role.COORDINATOR), false);
    }

    private void mayRegister(CurrentUser user) {
        boolean caseWorker = user.has(Role.PROSECUTOR) || user.has(Role.INVESTIGATOR);
        if (PersonAccess.excluded(user) || !(user.has(Role.COORDINATOR) || caseWorker)) {
            audit.recordDenied(AuditEvent.denied("PERSON_REGISTER_REFUSED", ENTITY, null).by(user.username())
                    .with("only coordinators, prosecutors and investigators register persons"));
            throw new AccessDeniedException("only coordinators, prosecutors and investigators register persons");
        }
    }

    @Override
    @Transactional
    public long registerScreened(CurrentUser officer, NewPerson person) {
        if (PersonAccess.excluded(officer) || !(officer.has(Role.PROSECUTOR) || officer.has(Role.INVESTIGATOR)
                || officer.has(Role.OPERATIVE))) {
            audit.recordDenied(AuditEvent.denied("PERSON_REGISTER_REFUSED", ENTITY, null).by(officer.username())
                    .with("only prosecutors, investigators and operatives register screened persons"));
            throw new AccessDeniedException("only prosecutors, investigators and operatives register screened persons");
        }
        return insert(officer, person, true, true);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<String> coordinatorOf(long id) {
        return store.core(id).map(PersonStore.Core::coordinator);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean registeredBy(CurrentUser user, long id) {
        return store.core(id).map(c -> c.registeredBy() == user.id()).orElse(false);
    }

    /** A registration's fields as checked: the region, citizenship and identity to store. */
    private record Checked(String region, String citizenship, Identity identity, LocalDate today) {
    }

    private Checked checked(CurrentUser user, NewPerson person, boolean withoutProceeding, boolean identityOptional) {
        if (person == null || person.kind() == null) {
            throw new InvalidInputException("kind", "error.victims.kind.choose");
        }
        String region = person.regionCode() == null || person.regionCode().isBlank() ? user.regionCode()
                : person.regionCode().trim();
        if (reference.region(region).isEmpty() || CurrentUser.CENTRAL.equals(region)) {
            throw new InvalidInputException("regionCode", "error.victims.region.choose");
        }
        String citizenship = IdentityRules.citizenship(person.citizenship());
        LocalDate today = today();
        // A screened person may be registered by pseudonym only; identity is added later, with consent.
        Identity identity = person.identity() == null && identityOptional
                ? new Identity(null, null, null, null, null, null, null, null) : IdentityRules.check(person.identity(), today);
        if (!withoutProceeding && person.proceedingId() == null) {
            throw new InvalidInputException("proceedingId", "error.victims.proceeding.takesPart");
        }
        return new Checked(region, citizenship, identity, today);
    }

    private long insert(CurrentUser user, NewPerson person, boolean withoutProceeding, boolean identityOptional) {
        var checked = checked(user, person, withoutProceeding, identityOptional);
        String region = checked.region();
        String citizenship = checked.citizenship();
        Identity identity = checked.identity();
        LocalDate today = checked.today();
        var forms = person.exploitationForms() == null || person.exploitationForms().isEmpty()
                ? EnumSet.noneOf(org.nadiya.cases.ExploitationForm.class) : EnumSet.copyOf(person.exploitationForms());
        int year = today.getYear();
        int seq = store.nextSequence(year);
        if (seq > 999_999) {
            throw new IllegalStateException("pseudonym sequence of " + year + " is exhausted");
        }
        String pseudonym = String.format("V-%04d-%06d", year, seq);
        long id = store.insert(pseudonym, year, seq, person.kind(), person.sex() == null ? Sex.UNKNOWN : person.sex(),
                AgeGroup.of(identity.birthDate(), today), citizenship, region, person.crsv(), today, user.id(),
                user.has(Role.COORDINATOR) ? Long.valueOf(user.id()) : null, clock.instant());
        store.setForms(id, forms);
        store.setAgeBand(id, org.nadiya.victims.AgeBand.of(identity.birthDate(), today));
        store.writeIdentity(id, seal(pseudonym, identity));
        nameIndex.index(id, identity.nameCyrillic(), identity.nameLatin());
        audit.record(AuditEvent.allowed("PERSON_REGISTERED", ENTITY, id).by(user.username())
                .with(pseudonym + ", " + person.kind()));
        if (person.proceedingId() != null) {
            linkChecked(user, id, pseudonym, person.proceedingId(), person.role() == null ? person.kind() : person.role());
        }
        return id;
    }

    @Override
    @Transactional
    public void link(CurrentUser user, long id, long proceedingId, PersonKind role) {
        var core = visible(user, id);
        if (!(user.has(Role.ADMIN) || user.has(Role.PROSECUTOR) || user.has(Role.INVESTIGATOR)
                || user.has(Role.COORDINATOR))) {
            audit.recordDenied(AuditEvent.denied("PARTICIPATION_REFUSED", ENTITY, id).by(user.username())
                    .with("only coordinators, prosecutors and investigators link persons to proceedings"));
            throw new AccessDeniedException("only coordinators, prosecutors and investigators link persons to proceedings");
        }
        linkChecked(user, id, core.pseudonym(), proceedingId, role);
    }

    private void linkChecked(CurrentUser user, long id, String pseudonym, long proceedingId, PersonKind role) {
        if (role == null) {
            throw new InvalidInputException("role", "error.victims.kind.choose");
        }
        var proceeding = proceedings.access(proceedingId).orElse(null);
        // A coordinator who sees the person links it to the proceeding the person names (the victim holds the
        // ERDR extract); the coordinator still sees nothing of the proceeding. Case workers link only into
        // proceedings they see, and only persons they already see.
        boolean coordinatorLinks = user.has(Role.COORDINATOR) && !PersonAccess.excluded(user);
        if (proceeding == null || !(coordinatorLinks || needToKnow.canSee(user, proceeding))) {
            throw new InvalidInputException("proceedingId", "error.common.proceeding.unknown", proceedingId);
        }
        if (!store.addParticipation(id, proceedingId, role, today(), user.username())) {
            throw new InvalidInputException("proceedingId", "error.victims.proceeding.already");
        }
        audit.record(AuditEvent.allowed("PARTICIPATION_ADDED", ENTITY, id).by(user.username())
                .with(pseudonym + " in proceeding " + proceedingId + " as " + role));
        nameIndex.changed(id);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<Long>> proceedingsOf(java.util.Collection<Long> personIds) {
        return store.proceedingsOf(personIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> linkedTo(long proceedingId) {
        return store.personsIn(proceedingId);
    }

    @Override
    @Transactional(readOnly = true)
    public PartnerDisclosure forPartner(CurrentUser user, long id, ServiceType service, java.util.Set<ConsentScope> requested,
                                        String reason) {
        if (!user.has(Role.PARTNER) || user.agencyCode() == null || user.agencyCode().isBlank() || service == null) {
            audit.recordDenied(AuditEvent.denied("IDENTITY_REFUSED", ENTITY, id).by(user.username())
                    .with("only a partner organisation's users read what a person shares with it"));
            throw new AccessDeniedException("only a partner organisation's users read what a person shares with it");
        }
        var core = store.core(id).orElseThrow(() -> new NotVisibleException(ENTITY, id));
        boolean identity = requested.contains(ConsentScope.SHARE_IDENTITY)
                && shared(id, ConsentScope.SHARE_IDENTITY, user.agencyCode(), service);
        boolean details = requested.contains(ConsentScope.SHARE_CASE_DETAILS)
                && shared(id, ConsentScope.SHARE_CASE_DETAILS, user.agencyCode(), service);
        if (identity) {
            audit.record(AuditEvent.allowed("IDENTITY_READ_BY_PARTNER", ENTITY, id).by(user.username())
                    .because(reason).with(core.pseudonym() + " to " + user.agencyCode() + " under consent"));
        }
        return new PartnerDisclosure(identity ? decrypt(core) : null, details
                ? new PartnerDisclosure.CaseDetails(core.kind(), core.sex(), core.ageGroup(), core.ageGroup().child(),
                        core.citizenship(), core.regionCode(), store.forms(id), core.crsv())
                : null);
    }

    private boolean shared(long id, ConsentScope scope, String agencyCode, ServiceType service) {
        Consents check = consents.getObject();
        return check.allows(id, scope, Recipient.partner(agencyCode)) || check.allows(id, scope, Recipient.service(service));
    }

    /** The person if the user may know that it exists; otherwise an audited 404. */
    PersonStore.Core visible(CurrentUser user, long id) {
        var core = store.core(id).orElse(null);
        if (core == null || !access.canSee(user, core, store.proceedingIds(id))) {
            audit.recordDenied(AuditEvent.denied("READ_REFUSED", ENTITY, id).by(user.username())
                    .with(core == null ? "no such record" : "outside the person's access rules"));
            throw new NotVisibleException(ENTITY, id);
        }
        return core;
    }

    /** For consents: the person visible, and whether the user may manage consents and override. */
    PersonStore.Core visibleForConsents(CurrentUser user, long id, boolean manage) {
        var core = visible(user, id);
        if (manage && !access.mayReadIdentity(user, core, store.proceedingIds(id))) {
            audit.recordDenied(AuditEvent.denied("CONSENT_REFUSED", ENTITY, id).by(user.username())
                    .with(core.pseudonym() + ": role or team does not allow recording consent"));
            throw new AccessDeniedException("consent is recorded by coordinators and the team's prosecutor and investigator");
        }
        return core;
    }

    /**
     * For support records (interviews, risks, status): the person visible (404, audited), and for changes the
     * user manages the person as for consent (coordinators who see the person, the team's prosecutor and
     * investigator; 403, audited as {@code refusal}).
     */
    PersonStore.Core visibleForSupport(CurrentUser user, long id, boolean manage, String refusal) {
        var core = visible(user, id);
        if (manage && !mayManage(user, core)) {
            audit.recordDenied(AuditEvent.denied(refusal, ENTITY, id).by(user.username())
                    .with(core.pseudonym() + ": role or team does not allow this change"));
            throw new AccessDeniedException("recorded by coordinators and the team's prosecutor and investigator");
        }
        return core;
    }

    boolean mayManage(CurrentUser user, PersonStore.Core core) {
        return access.mayReadIdentity(user, core, store.proceedingIds(core.id()));
    }

    boolean mayOverride(CurrentUser user, PersonStore.Core core) {
        return access.mayOverride(user, core, store.proceedingIds(core.id()));
    }

    private Person assemble(PersonStore.Core c) {
        return new Person(c.id(), c.pseudonym(), c.kind(), c.sex(), c.ageGroup(), c.citizenship(), c.regionCode(),
                store.forms(c.id()), c.crsv(), c.registeredOn(), c.registeredBy(), c.registeredByUsername(),
                store.overridden(c.id()), c.hasRepresentative(), store.participations(c.id()), c.coordinator(),
                links.representativeOf(c.id()).orElse(null), links.hasPhoto(c.pseudonym()));
    }

    private Map<String, String> seal(String pseudonym, Identity identity) {
        Map<String, String> sealed = new LinkedHashMap<>();
        put(sealed, IdentityColumns.NAME_CYRILLIC, pseudonym, identity.nameCyrillic());
        put(sealed, IdentityColumns.NAME_LATIN, pseudonym, identity.nameLatin());
        put(sealed, IdentityColumns.BIRTH_DATE, pseudonym, identity.birthDate() == null ? null : identity.birthDate().toString());
        put(sealed, IdentityColumns.PHONE, pseudonym, identity.phone());
        put(sealed, IdentityColumns.ADDRESS, pseudonym, identity.address());
        put(sealed, IdentityColumns.DOCUMENTS, pseudonym, identity.documents());
        put(sealed, IdentityColumns.REPRESENTATIVE_NAME, pseudonym, identity.representativeName());
        put(sealed, IdentityColumns.REPRESENTATIVE_CONTACT, pseudonym, identity.representativeContact());
        return sealed;
    }

    private void put(Map<String, String> sealed, EncryptedColumn column, String pseudonym, String plain) {
        sealed.put(column.column(), plain == null ? null : encryption.encrypt(plain, column.context(pseudonym)));
    }

    Identity decrypt(PersonStore.Core core) {
        var stored = store.readIdentity(core.id(), IdentityColumns.IDENTITY.stream().map(EncryptedColumn::column).toList());
        Function<EncryptedColumn, String> open = c -> {
            String value = stored.get(c.column());
            return value == null ? null : encryption.decrypt(value, c.context(core.pseudonym()));
        };
        String born = open.apply(IdentityColumns.BIRTH_DATE);
        return new Identity(open.apply(IdentityColumns.NAME_CYRILLIC), open.apply(IdentityColumns.NAME_LATIN),
                born == null ? null : LocalDate.parse(born), open.apply(IdentityColumns.PHONE),
                open.apply(IdentityColumns.ADDRESS), open.apply(IdentityColumns.DOCUMENTS),
                open.apply(IdentityColumns.REPRESENTATIVE_NAME), open.apply(IdentityColumns.REPRESENTATIVE_CONTACT));
    }
}
