package org.nadiya.links.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.ProceedingAccess;
import org.nadiya.cases.Proceedings;
import org.nadiya.links.Hit;
import org.nadiya.links.IdentifierSource;
import org.nadiya.links.LinkedIdentifier;
import org.nadiya.links.Links;
import org.nadiya.links.NewIdentifier;
import org.nadiya.links.Organisation;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.FieldEncryption;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.kernel.Text;
import org.nadiya.victims.Persons;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Identifiers of proceedings and their persons; every new one is matched against the other proceedings. */
@Service
class LinksService implements Links {

    private static final int MAX_CSV_LINES = 10_000;
    private static final int MAX_LOOKUP = 5_000;

    private final IdentifierStore store;
    private final IdentifierForms forms;
    private final HitService hitService;
    private final NoticeService noticeService;
    private final SearchService searchService;
    private final NetworkService networkService;
    private final Persons persons;
    private final Proceedings proceedings;
    private final FieldEncryption encryption;
    private final AuditLog audit;
    private final Clock clock;
    private final OrganisationStore organisations;

    LinksService(IdentifierStore store, IdentifierForms forms, HitService hitService, NoticeService noticeService, SearchService searchService,
                 NetworkService networkService,
                 Persons persons,
                 Proceedings proceedings, FieldEncryption encryption, AuditLog audit, Clock clock,
                 OrganisationStore organisations) {
        this.organisations = organisations;
        this.store = store;
        this.forms = forms;
        this.hitService = hitService;
        this.noticeService = noticeService;
        this.searchService = searchService;
        this.networkService = networkService;
        this.persons = persons;
        this.proceedings = proceedings;
        this.encryption = encryption;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedIdentifier> identifiers(CurrentUser user, long proceedingId) {
        hitService.visible(user, proceedingId);
        var all = store.ofProceeding(proceedingId);
        var personIds = all.stream().map(LinkedIdentifier::personId).filter(java.util.Objects::nonNull).toList();
        var seen = persons.visibleAmong(user, personIds);
        var shown = all.stream().filter(i -> i.personId() == null || seen.contains(i.personId())).toList();
        audit.record(AuditEvent.allowed("IDENTIFIERS_READ", "proceeding", proceedingId).by(user.username())
                .with(shown.size() + " identifiers, sensitive ones masked"));
        return shown;
    }

    @Override
    @Transactional
    public LinkedIdentifier add(CurrentUser user, long proceedingId, NewIdentifier identifier, IdentifierSource source) {
        var access = hitService.visible(user, proceedingId);
        var normalised = forms.normalise(identifier);
        owners(identifier);
        String pseudonym = identifier.personId() == null ? null
                : personOf(user, proceedingId, identifier.personId(), "personId");
        organisationOf(proceedingId, identifier.organisationId());
        long id = store(access, identifier.personId(), pseudonym, identifier.organisationId(), normalised, source,
                user.username());
        if (id == 0) {
            throw pseudonym == null
                    ? new InvalidInputException("value", "error.links.value.held", normalised.identifier().display())
                    : new InvalidInputException("value", "error.links.value.heldFor", normalised.identifier().display(), pseudonym);
        }
        audit.record(AuditEvent.allowed("IDENTIFIER_ADDED", "proceeding", proceedingId).by(user.username())
                .with("identifier " + id + ", kind " + normalised.identifier().kind() + ", " + source));
        return store.ofProceeding(proceedingId).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    @Override
    @Transactional
    public int importCsv(CurrentUser user, long proceedingId, String csv) {
        var access = hitService.visible(user, proceedingId);
        var lines = CsvLines.parse(csv == null ? "" : csv);
        if (lines.size() > MAX_CSV_LINES) {
            throw new InvalidInputException("csv", "error.links.csv.tooMany", MAX_CSV_LINES, lines.size());
        }
        var errors = new ArrayList<Text>();
        var ready = new ArrayList<Ready>();
        Map<Long, String> pseudonyms = new HashMap<>();
        for (var line : lines) {
            try {
                var row = line.toIdentifier();
                var normalised = forms.normalise(row);
                owners(row);
                String pseudonym = row.personId() == null ? null : pseudonyms.computeIfAbsent(row.personId(),
                        p -> personOf(user, proceedingId, p, "personId"));
                organisationOf(proceedingId, row.organisationId());
                ready.add(new Ready(row.personId(), pseudonym, row.organisationId(), normalised));
            } catch (InvalidInputException e) {
                errors.add(Text.of("error.common.line", line.number(), new Text(e.key(), e.problems().get(0).args())));
            }
        }
        if (ready.isEmpty() && errors.isEmpty()) {
            throw new InvalidInputException("csv", "error.links.csv.none");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("csv", "error.links.csv.badLines", errors.size(), List.copyOf(errors.subList(0, Math.min(errors.size(), 20))));
        }
        int stored = 0;
        for (var r : ready) {
            if (store(access, r.personId(), r.pseudonym(), r.organisationId(), r.normalised(), IdentifierSource.CSV,
                    user.username()) > 0) {
                stored++;
            }
        }
        audit.record(AuditEvent.allowed("IDENTIFIERS_IMPORTED", "proceeding", proceedingId).by(user.username())
                .with(stored + " of " + ready.size() + " lines stored (the rest were already there)"));
        return stored;
    }

    /**
     * Stores one identifier system-side (from another module's event): the publisher checked its user; invalid
     * values are skipped and counted in the audit. Returns how many were stored.
     */
    @Transactional
    public int addFound(long proceedingId, Long personId, IdentifierSource source, String actor, List<NewIdentifier> found) {
        var access = proceedings.access(proceedingId).orElseThrow(() -> new IllegalArgumentException("no proceeding " + proceedingId));
        int stored = 0;
        int invalid = 0;
        for (var f : found) {
            try {
                if (store(access, personId, null, null, forms.normalise(f), source, actor) > 0) {
                    stored++;
                }
            } catch (InvalidInputException e) {
                invalid++;
            }
        }
        audit.record(AuditEvent.allowed("IDENTIFIERS_FOUND", "proceeding", proceedingId).by(actor)
                .with(stored + " stored, " + invalid + " invalid skipped, " + source));
        return stored;
    }

    private record Ready(Long personId, String pseudonym, Long organisationId, IdentifierForms.Normalised normalised) {
    }

    /** Inserts unless the proceeding already holds it for that owner; returns the id, or 0 for a duplicate. */
    private long store(ProceedingAccess access, Long personId, String pseudonym, Long organisationId,
                       IdentifierForms.Normalised n, IdentifierSource source, String by) {
        if (store.exists(access.id(), n.matchKey(), personId, organisationId)) {
            return 0;
        }
        String valueKey = java.util.UUID.randomUUID().toString();
        long id = store.insert(valueKey, access.id(), personId, pseudonym, organisationId, n.identifier().kind(),
                n.matchKey(), n.identifier().display(), source, by, clock.instant());
        if (n.clearValue() != null) {
            store.storeValue(id, encryption.encrypt(n.clearValue(), LinkColumns.VALUE.context(valueKey)));
        }
        hitService.detect(n, access);
        return id;
    }

    /** The pseudonym of a person the user sees and who is linked to the proceeding; otherwise 400 on the field. */
    private String personOf(CurrentUser user, long proceedingId, long personId, String field) {
        if (!persons.canSee(user, personId)
                || !persons.proceedingsOf(List.of(personId)).getOrDefault(personId, List.of()).contains(proceedingId)) {
            throw new InvalidInputException(field, "error.links.person.unknown", personId);
        }
        return persons.open(user, personId).pseudonym();
    }

    private static void owners(NewIdentifier identifier) {
        if (identifier.personId() != null && identifier.organisationId() != null) {
            throw new InvalidInputException("organisationId", "error.links.organisation.both");
        }
    }

    /** The organisation must be one of this proceeding's; otherwise 400 on the field. */
    private void organisationOf(long proceedingId, Long organisationId) {
        if (organisationId != null && organisations.find(organisationId).filter(o -> o.proceedingId() == proceedingId).isEmpty()) {
            throw new InvalidInputException("organisationId", "error.links.organisation.unknown", organisationId);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Organisation> organisations(CurrentUser user, long proceedingId) {
        hitService.visible(user, proceedingId);
        var list = organisationsOf(proceedingId);
        audit.record(AuditEvent.allowed("ORGANISATIONS_READ", "proceeding", proceedingId).by(user.username())
                .with(list.size() + " organisations"));
        return list;
    }

    private List<Organisation> organisationsOf(long proceedingId) {
        return organisations.ofProceeding(proceedingId).stream().map(o -> new Organisation(o.id(), o.proceedingId(),
                encryption.decrypt(o.nameEnc(), LinkColumns.ORGANISATION_NAME.context(o.orgKey())), o.createdBy(),
                o.createdAt())).toList();
    }

    @Override
    @Transactional
    public Organisation addOrganisation(CurrentUser user, long proceedingId, String name) {
        hitService.visible(user, proceedingId);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 300) {
            throw new InvalidInputException("name", "error.links.name.length");
        }
        boolean taken = organisationsOf(proceedingId).stream().anyMatch(o -> o.name().equalsIgnoreCase(clean));
        if (taken) {
            throw new InvalidInputException("name", "error.links.name.duplicate");
        }
        String key = java.util.UUID.randomUUID().toString();
        long id = organisations.insert(proceedingId, key,
                encryption.encrypt(clean, LinkColumns.ORGANISATION_NAME.context(key)), user.username(), clock.instant());
        audit.record(AuditEvent.allowed("ORGANISATION_ADDED", "proceeding", proceedingId).by(user.username())
                .with("organisation " + id));
        return organisationsOf(proceedingId).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<org.nadiya.links.KeyHits> lookup(CurrentUser user, java.util.Collection<String> matchKeys) {
        if (!user.canReadProceedings()) {
            throw new org.nadiya.security.NotVisibleException("link_identifier", "lookup");
        }
        var keys = matchKeys.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (keys.size() > MAX_LOOKUP) {
            throw new InvalidInputException("keys", "error.links.keys.tooMany", MAX_LOOKUP, keys.size());
        }
        var storedKeys = new HashMap<String, String>();
        keys.forEach(k -> storedKeys.put(k, forms.stored(k)));
        var holders = store.holders(storedKeys.values());
        var visible = proceedings.visibleAmong(user, holders.stream().map(IdentifierStore.Holder::proceedingId).toList());
        var byKey = new java.util.LinkedHashMap<String, List<IdentifierStore.Holder>>();
        holders.forEach(h -> byKey.computeIfAbsent(h.matchKey(), k -> new ArrayList<>()).add(h));
        var result = new ArrayList<org.nadiya.links.KeyHits>();
        int closedTotal = 0;
        for (String key : keys) {
            var found = byKey.get(storedKeys.get(key));
            if (found == null) {
                continue;
            }
            var open = found.stream().map(IdentifierStore.Holder::proceedingId).filter(visible::contains).distinct().sorted().toList();
            var closed = found.stream().map(IdentifierStore.Holder::proceedingId).filter(p -> !visible.contains(p)).distinct().toList();
            var contacts = closed.stream().flatMap(p -> proceedings.access(p).stream())
                    .flatMap(a -> a.team().stream()).filter(m -> m.role() == org.nadiya.cases.TeamRole.PROSECUTOR
                            || m.role() == org.nadiya.cases.TeamRole.INVESTIGATOR)
                    .map(m -> new org.nadiya.links.HitContact(m.displayName(), m.role(), m.agencyCode(), m.regionCode()))
                    .distinct().toList();
            closedTotal += closed.size();
            result.add(new org.nadiya.links.KeyHits(key, found.get(0).kind(), open, closed.size(), contacts));
        }
        audit.record(AuditEvent.allowed("IDENTIFIERS_LOOKED_UP", "link_identifier", null).by(user.username())
                .with(keys.size() + " identifiers, " + result.size() + " held by proceedings, " + closedTotal
                        + " closed proceeding hit(s)"));
        return result;
    }

    @Override
    public List<Hit> hits(CurrentUser user, long proceedingId) {
        return hitService.hitsOf(user, proceedingId);
    }

    @Override
    public long requestAccess(CurrentUser user, long hitId, String reason) {
        return hitService.requestAccess(user, hitId, reason);
    }

    @Override
    public void decide(CurrentUser user, long requestId, boolean accept, String reason) {
        hitService.decide(user, requestId, accept, reason);
    }

    @Override
    public org.nadiya.links.SearchResult search(CurrentUser user, String query) {
        return searchService.search(user, query);
    }

    @Override
    @Transactional(readOnly = true)
    public org.nadiya.links.Network network(CurrentUser user, long proceedingId) {
        return networkService.network(user, proceedingId, identifiers(user, proceedingId), hits(user, proceedingId),
                organisationsOf(proceedingId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> exportEntities(CurrentUser user, long proceedingId) {
        return networkService.entities(user, proceedingId, identifiers(user, proceedingId), organisationsOf(proceedingId));
    }

    @Override
    public List<org.nadiya.links.HitNotice> notices(CurrentUser user) {
        return noticeService.notices(user);
    }

    @Override
    public void markNoticesRead(CurrentUser user, long hitId) {
        noticeService.markRead(user, hitId);
    }
}
