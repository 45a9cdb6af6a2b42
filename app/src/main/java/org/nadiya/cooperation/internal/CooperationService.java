package org.nadiya.cooperation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.ProceedingAccess;
import org.nadiya.cases.Proceedings;
import org.nadiya.cooperation.CatalogueEntry;
import org.nadiya.cooperation.Cooperation;
import org.nadiya.cooperation.CooperationRequest;
import org.nadiya.cooperation.OverdueSummary;
import org.nadiya.cooperation.RequestDraft;
import org.nadiya.cooperation.RequestPerson;
import org.nadiya.cooperation.RequestStatus;
import org.nadiya.cooperation.Translation;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NeedToKnow;
import org.nadiya.security.Role;
import org.nadiya.victims.Persons;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the cooperation register. Visibility is the proceeding's ({@link Proceedings#access} checked by
 * {@link NeedToKnow}); persons come from the victims module by pseudonym; nothing here decides on identity — the
 * draft asks the person's consent ({@link DraftComposer}).
 */
@Service
class CooperationService implements Cooperation {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.PROSECUTOR, Role.INVESTIGATOR, Role.OPERATIVE,
            Role.ANALYST);
    private static final Set<Role> WRITERS = EnumSet.of(Role.PROSECUTOR, Role.INVESTIGATOR);

    private final CooperationStore store;
    private final RequestRules rules;
    private final Proceedings proceedings;
    private final Persons persons;
    private final NeedToKnow needToKnow;
    private final DraftComposer composer;
    private final AuditLog audit;
    private final Clock clock;
    private final int answerDays;

    CooperationService(CooperationStore store, RequestRules rules, Proceedings proceedings, Persons persons,
                       NeedToKnow needToKnow, DraftComposer composer, AuditLog audit, Clock clock,
                       @Value("${nadiya.cooperation.answer-days:90}") int answerDays) {
        if (answerDays < 1) {
            throw new IllegalArgumentException("nadiya.cooperation.answer-days must be at least 1");
        }
        this.store = store;
        this.rules = rules;
        this.proceedings = proceedings;
        this.persons = persons;
        this.needToKnow = needToKnow;
        this.composer = composer;
        this.audit = audit;
        this.clock = clock;
        this.answerDays = answerDays;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(KYIV));
    }

    /** Law-enforcement roles only; a partner or researcher role excludes whatever else the user holds. */
    static boolean mayRead(CurrentUser user) {
        return !user.has(Role.PARTNER) && !user.has(Role.RESEARCHER) && user.roles().stream().anyMatch(READERS::contains);
    }

    @Override
    public boolean mayUse(CurrentUser user) {
        return mayRead(user);
    }

    private void requireReader(CurrentUser user) {
        if (!mayRead(user)) {
            refuseRole(user, "reading cooperation requests");
        }
    }

    private void requireWriter(CurrentUser user, String what) {
        requireReader(user);
        if (user.roles().stream().noneMatch(WRITERS::contains)) {
            refuseRole(user, what);
        }
    }

    private void refuseRole(CurrentUser user, String what) {
        audit.recordDenied(AuditEvent.denied("COOPERATION_REFUSED", "cooperation_request", null).by(user.username())
                .with(what + ": not for this role"));
        throw new AccessDeniedException(what + " is not for this role");
    }

    private CooperationRequest visibleRequest(CurrentUser user, long id) {
        var request = store.get(id, today()).orElse(null);
        ProceedingAccess access = request == null ? null : proceedings.access(request.proceedingId()).orElse(null);
        needToKnow.check(user, "cooperation_request", id, access);
        return request;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CooperationRequest> list(CurrentUser user, boolean overdueOnly) {
        requireReader(user);
        var all = store.all(overdueOnly, today());
        var seen = proceedings.visibleAmong(user, all.stream().map(CooperationRequest::proceedingId).distinct().toList());
        var visible = all.stream().filter(r -> seen.contains(r.proceedingId())).toList();
        if (!visible.isEmpty()) {
            audit.record(AuditEvent.allowed("COOPERATION_REQUESTS_LISTED", "cooperation_request", null)
                    .by(user.username()).with((overdueOnly ? "overdue: " : "all: ") + visible.size()));
        }
        return visible;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CooperationRequest> ofProceeding(CurrentUser user, long proceedingId) {
        requireReader(user);
        needToKnow.check(user, "proceeding", proceedingId, proceedings.access(proceedingId).orElse(null));
        var requests = store.ofProceeding(proceedingId, today());
        if (!requests.isEmpty()) {
            audit.record(AuditEvent.allowed("COOPERATION_REQUESTS_LISTED", "proceeding", proceedingId)
                    .by(user.username()).with("requests: " + requests.size()));
        }
        return requests;
    }

    @Override
    @Transactional(readOnly = true)
    public OverdueSummary overdue(CurrentUser user) {
        var overdue = list(user, true);
        Map<String, List<CooperationRequest>> byCountry = new TreeMap<>();
        Map<Long, List<CooperationRequest>> byProceeding = new LinkedHashMap<>();
        for (CooperationRequest r : overdue) {
            byCountry.computeIfAbsent(r.countryCode(), k -> new ArrayList<>()).add(r);
            byProceeding.computeIfAbsent(r.proceedingId(), k -> new ArrayList<>()).add(r);
        }
        return new OverdueSummary(overdue, byCountry, byProceeding);
    }

    @Override
    @Transactional(readOnly = true)
    public CooperationRequest get(CurrentUser user, long id) {
        requireReader(user);
        var request = visibleRequest(user, id);
        audit.record(AuditEvent.allowed("COOPERATION_REQUEST_READ", "cooperation_request", id).by(user.username()));
        return request;
    }

    @Override
    @Transactional
    public long create(CurrentUser user, RequestDraft draft) {
        requireWriter(user, "creating cooperation requests");
        if (draft == null || draft.proceedingId() == null) {
            throw new InvalidInputException("proceedingId", "error.cooperation.proceeding.required");
        }
        needToKnow.check(user, "proceeding", draft.proceedingId(), proceedings.access(draft.proceedingId()).orElse(null));
        var checked = rules.check(draft, today());
        var named = resolvePersons(user, draft.proceedingId(), draft.persons());
        long id = store.insert(checked, named, user.username(), clock.instant());
        audit.record(AuditEvent.allowed("COOPERATION_REQUEST_CREATED", "cooperation_request", id).by(user.username())
                .with(checked.direction() + " " + checked.kind() + " " + checked.countryCode() + ", proceeding "
                        + checked.proceedingId() + ", persons " + named.stream().map(RequestPerson::pseudonym).toList()));
        return id;
    }

    private List<RequestPerson> resolvePersons(CurrentUser user, long proceedingId, List<String> pseudonyms) {
        if (pseudonyms == null || pseudonyms.isEmpty()) {
            return List.of();
        }
        Map<String, RequestPerson> known = new HashMap<>();
        candidates(user, proceedingId).forEach(p -> known.put(p.pseudonym(), p));
        List<RequestPerson> named = new ArrayList<>();
        for (String pseudonym : pseudonyms) {
            String code = pseudonym == null ? "" : pseudonym.trim().toUpperCase(java.util.Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            var person = Optional.ofNullable(known.get(code)).orElseThrow(() -> new InvalidInputException("persons", "error.cooperation.persons.notInProceeding", code));
            if (!named.contains(person)) {
                named.add(person);
            }
        }
        return named;
    }

    @Override
    public List<RequestPerson> candidates(CurrentUser user, long proceedingId) {
        requireReader(user);
        return persons.linkedTo(proceedingId).stream().filter(id -> persons.canSee(user, id))
                .map(id -> new RequestPerson(id, persons.open(user, id).pseudonym()))
                .sorted(java.util.Comparator.comparing(RequestPerson::pseudonym)).toList();
    }

    @Override
    @Transactional
    public CooperationRequest advance(CurrentUser user, long id, RequestStatus to, LocalDate on, String reason) {
        requireWriter(user, "changing cooperation requests");
        var request = visibleRequest(user, id);
        if (to == RequestStatus.APPROVED && !user.has(Role.PROSECUTOR)) {
            refuseRole(user, "approving a request (a prosecutor's act)");
        }
        var step = rules.step(request, to, on == null ? today() : on, reason, today());
        store.setDate(id, step.column(), step.on(), step.reason(), user.username(), clock.instant());
        boolean startsClock = (to == RequestStatus.SENT) || (to == RequestStatus.RECEIVED && request.sentOn() == null);
        if (startsClock && request.expectedAnswerOn() == null) {
            store.setDate(id, "expected_answer_on", step.on().plusDays(answerDays), null, user.username(), clock.instant());
        }
        audit.record(AuditEvent.allowed("COOPERATION_REQUEST_CHANGED", "cooperation_request", id).by(user.username())
                .with(request.status() + " -> " + to + " on " + step.on()));
        return store.get(id, today()).orElseThrow();
    }

    @Override
    @Transactional
    public void setExpectedAnswer(CurrentUser user, long id, LocalDate on) {
        requireWriter(user, "changing cooperation requests");
        var request = visibleRequest(user, id);
        if (on == null || on.isBefore(request.draftedOn())) {
            throw new InvalidInputException("expectedAnswerOn", "error.cooperation.expectedAnswerOn.afterDraft");
        }
        store.setDate(id, "expected_answer_on", on, null, user.username(), clock.instant());
        audit.record(AuditEvent.allowed("COOPERATION_REQUEST_CHANGED", "cooperation_request", id).by(user.username())
                .with("expected answer " + request.expectedAnswerOn() + " -> " + on));
    }

    @Override
    @Transactional
    public void setTranslation(CurrentUser user, long id, Translation translation) {
        requireWriter(user, "changing cooperation requests");
        var request = visibleRequest(user, id);
        if (translation == null) {
            throw new InvalidInputException("translation", "error.cooperation.translation.choose");
        }
        store.setTranslation(id, translation, user.username(), clock.instant());
        audit.record(AuditEvent.allowed("COOPERATION_REQUEST_CHANGED", "cooperation_request", id).by(user.username())
                .with("translation " + request.translation() + " -> " + translation));
    }

    @Override
    @Transactional
    public long addFollowUp(CurrentUser user, long id, LocalDate on, String note) {
        requireWriter(user, "recording follow-ups");
        visibleRequest(user, id);
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > 1000) {
            throw new InvalidInputException("note", "error.cooperation.note.length");
        }
        LocalDate date = on == null ? today() : on;
        if (date.isAfter(today())) {
            throw new InvalidInputException("onDate", "error.cooperation.onDate.future");
        }
        long followUp = store.insertFollowUp(id, date, text, user.username(), clock.instant());
        audit.record(AuditEvent.allowed("COOPERATION_FOLLOW_UP_RECORDED", "cooperation_request", id).by(user.username())
                .with("follow-up " + followUp + " on " + date));
        return followUp;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] draftDocument(CurrentUser user, long id) {
        requireWriter(user, "drafting request documents");
        var request = visibleRequest(user, id);
        var draft = composer.compose(user, request, today());
        audit.record(AuditEvent.allowed("COOPERATION_DRAFT_EXPORTED", "cooperation_request", id).by(user.username())
                .with("DOCX; persons by pseudonym " + draft.pseudonymous() + ", by name with consent " + draft.named()));
        return draft.bytes();
    }

    @Override
    public List<CatalogueEntry> countries() {
        return store.catalogue("country");
    }

    @Override
    public List<CatalogueEntry> legalBases() {
        return store.catalogue("cooperation_legal_basis");
    }

    @Override
    public List<CatalogueEntry> subjects() {
        return store.catalogue("cooperation_subject");
    }
}
