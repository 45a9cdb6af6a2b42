package org.nadiya.identification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.Proceedings;
import org.nadiya.identification.ScreeningRequest;
import org.nadiya.identification.ScreeningResult;
import org.nadiya.identification.ScreeningSummary;
import org.nadiya.identification.Screenings;
import org.nadiya.identification.indicators.Answer;
import org.nadiya.identification.indicators.Assessment;
import org.nadiya.identification.indicators.Catalogue;
import org.nadiya.identification.indicators.Indicator;
import org.nadiya.identification.indicators.Scoring;
import org.nadiya.referrals.CoordinatorIntake;
import org.nadiya.referrals.Priority;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NeedToKnow;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.ReferenceData;
import org.nadiya.security.Role;
import org.nadiya.victims.NewPerson;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.Persons;
import org.nadiya.victims.ServiceType;
import org.nadiya.victims.Sex;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screening's rules: who may screen, the scoring, the anonymous record, and with consent the person, the
 * handover and the note, all in one transaction. Persons, needs and handovers go through the victims, referrals
 * and cases modules' public APIs only.
 */
@Service
class ScreeningService implements Screenings {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    static final String ORIGIN = "SCREENING";

    private final ScreeningStore store;
    private final Catalogue catalogue;
    private final Scoring scoring;
    private final Persons persons;
    private final CoordinatorIntake intake;
    private final Proceedings proceedings;
    private final NeedToKnow needToKnow;
    private final ReferenceData reference;
    private final ScreeningReport report;
    private final ScreeningOwners owners;
    private final AuditLog audit;
    private final Clock clock;

    ScreeningService(ScreeningStore store, Catalogue catalogue, Scoring scoring, Persons persons,
                     CoordinatorIntake intake, Proceedings proceedings, NeedToKnow needToKnow, ReferenceData reference,
                     ScreeningReport report, ScreeningOwners owners, AuditLog audit, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.scoring = scoring;
        this.persons = persons;
        this.intake = intake;
        this.proceedings = proceedings;
        this.needToKnow = needToKnow;
        this.reference = reference;
        this.report = report;
        this.owners = owners;
        this.audit = audit;
        this.clock = clock;
    }

    /** Prosecutors, investigators and operatives screen; a partner or researcher role excludes. */
    static boolean mayScreen(CurrentUser user) {
        return !user.has(Role.PARTNER) && !user.has(Role.RESEARCHER)
                && (user.has(Role.PROSECUTOR) || user.has(Role.INVESTIGATOR) || user.has(Role.OPERATIVE));
    }

    private void requireScreener(CurrentUser user) {
        if (!mayScreen(user)) {
            audit.recordDenied(AuditEvent.denied("SCREENING_REFUSED", "screening", null).by(user.username())
                    .with("only prosecutors, investigators and operatives screen"));
            throw new AccessDeniedException("screening is for prosecutors, investigators and operatives");
        }
    }

    @Override
    public Catalogue catalogue() {
        return catalogue;
    }

    @Override
    @Transactional
    public ScreeningResult submit(CurrentUser officer, ScreeningRequest request) {
        requireScreener(officer);
        if (request == null) {
            throw new InvalidInputException("age", "error.identification.age.send");
        }
        String clientRef = clientRef(request.clientRef());
        var existing = store.byClientRef(clientRef);
        if (existing.isPresent()) {
            if (!ownedBy(existing.get(), officer)) {
                // Another officer's reference: nothing about that screening is told, and it is not overwritten.
                throw new InvalidInputException("clientRef", "error.identification.clientRefTaken");
            }
            // A re-send after a lost answer: the screening is already stored, not stored twice.
            return view(officer, existing.get());
        }
        if (request.age() == null) {
            throw new InvalidInputException("age", "error.identification.age.choose");
        }
        if (request.setting() == null) {
            throw new InvalidInputException("setting", "error.identification.setting.choose");
        }
        if (request.consent() == null) {
            throw new InvalidInputException("consent", "error.identification.consent.choose");
        }
        String region = region(officer, request.regionCode());
        Assessment assessment;
        try {
            assessment = scoring.assess(request.answers() == null ? Map.of() : answers(request.answers()), request.age());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("answers", "error.identification.answers.invalid", e.getMessage());
        }
        boolean consent = request.consent();
        var proceeding = consent && request.proceedingId() != null ? visibleProceeding(officer, request.proceedingId()) : null;
        LocalDate today = LocalDate.now(clock.withZone(KYIV));
        var row = new ScreeningStore.Row(0, owners.newRef(), clientRef, owners.keyOf(officer), catalogue.version(),
                region, officer.agencyCode(),
                request.setting(), request.age(), assessment.signal(), assessment.score(), assessment.unknowns(),
                consent, today);
        long id;
        try {
            id = store.insert(row, assessment.led().stream().map(Indicator::id).toList());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // The same screening sent twice at once (two tabs): the other send stores it; this one is re-sent later.
            throw new InvalidInputException("clientRef", "error.identification.clientRef.busy");
        }
        if (!consent) {
            // No id: the anonymous record is not tied to the officer's time-stamped audit trail.
            audit.record(AuditEvent.allowed("SCREENING_RECORDED", "screening", null).by(officer.username())
                    .with("anonymous, " + assessment.signal()));
            return view(officer, store.byClientRef(clientRef).orElseThrow());
        }
        long personId = persons.registerScreened(officer, new NewPerson(PersonKind.VICTIM,
                request.sex() == null ? Sex.UNKNOWN : request.sex(), null, region, Set.of(), false, null,
                proceeding, proceeding == null ? null : PersonKind.VICTIM));
        ServiceType need = request.need() == null ? ServiceType.SAFETY : request.need();
        var handover = intake.handOver(officer, personId, region, need, priority(assessment), ORIGIN);
        if (proceeding != null) {
            proceedings.addNote(officer, proceeding, "Скринінг потенційної жертви (" + assessment.signal()
                    + "): особу передано координаторам регіону " + region + ", передача № " + handover.id() + ".");
        }
        store.link(id, new ScreeningStore.HandoverLink(personId, handover.id(), proceeding, officer.id()), clock.instant());
        audit.record(AuditEvent.allowed("SCREENING_RECORDED", "screening", id).by(officer.username())
                .with(assessment.signal() + ", handed over as handover " + handover.id()));
        return view(officer, store.byClientRef(clientRef).orElseThrow());
    }

    private static Map<String, Answer> answers(Map<String, Answer> raw) {
        Map<String, Answer> answers = new HashMap<>();
        raw.forEach((k, v) -> answers.put(k, v == null ? Answer.UNKNOWN : v));
        return answers;
    }

    private static Priority priority(Assessment a) {
        return a.childPath() || a.signal() == org.nadiya.identification.indicators.Signal.STRONG ? Priority.URGENT
                : a.signal() == org.nadiya.identification.indicators.Signal.MEDIUM ? Priority.HIGH : Priority.NORMAL;
    }

    private static String clientRef(String raw) {
        if (raw == null || raw.isBlank()) {
            return UUID.randomUUID().toString();
        }
        try {
            return UUID.fromString(raw.trim()).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("clientRef", "error.identification.clientRef.uuid");
        }
    }

    private String region(CurrentUser officer, String requested) {
        String region = requested == null || requested.isBlank() ? officer.regionCode() : requested.trim();
        if (reference.region(region).isEmpty() || CurrentUser.CENTRAL.equals(region)) {
            throw new InvalidInputException("regionCode", "error.identification.region.choose");
        }
        return region;
    }

    private Long visibleProceeding(CurrentUser officer, long id) {
        var access = proceedings.access(id).orElse(null);
        if (access == null || !needToKnow.canSee(officer, access)) {
            throw new InvalidInputException("proceedingId", "error.common.proceeding.unknown", id);
        }
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public ScreeningResult result(CurrentUser user, String ref) {
        if (user.has(Role.PARTNER) || user.has(Role.RESEARCHER) || !user.canReadProceedings()) {
            requireScreener(user);
        }
        var row = ref == null ? java.util.Optional.<ScreeningStore.Row>empty() : store.byRef(ref.trim());
        if (row.isEmpty() || !mayRead(user, row.get())) {
            audit.recordDenied(AuditEvent.denied("READ_REFUSED", "screening", null).by(user.username())
                    .with(row.isEmpty() ? "no such screening" : "not the officer, a supervisor of the region or the"
                            + " coordinator it was handed to"));
            throw new NotVisibleException("screening", "?");
        }
        return view(user, row.get());
    }

    /**
     * Need-to-know on a screening: the officer who made it, supervisors of the region where it was made (central
     * supervisors: every region), and for a consented screening the coordinators who see the person handed over.
     */
    private boolean mayRead(CurrentUser user, ScreeningStore.Row row) {
        if (ownedBy(row, user)) {
            return true;
        }
        if (user.supervisor() && mayScreen(user)
                && (user.isCentral() || user.regionCode().equals(row.regionCode()))) {
            return true;
        }
        return row.consent() && user.has(Role.COORDINATOR) && store.handover(row.id())
                .map(link -> intake.handedTo(user, link.handoverId())).orElse(false);
    }

    private boolean ownedBy(ScreeningStore.Row row, CurrentUser user) {
        if (row.ownerKey() != null) {
            return row.ownerKey().equals(owners.keyOf(user));
        }
        // Stored before V32: only a consented screening names its officer, in its handover link.
        return row.consent() && store.handover(row.id()).map(l -> l.officerId() == user.id()).orElse(false);
    }

    private ScreeningResult view(CurrentUser user, ScreeningStore.Row row) {
        boolean owner = ownedBy(row, user);
        var link = owner && row.consent() ? store.handover(row.id()) : java.util.Optional
                .<ScreeningStore.HandoverLink>empty();
        Map<String, Answer> answers = new HashMap<>();
        store.indicators(row.id()).stream().filter(i -> catalogue.indicator(i).isPresent())
                .forEach(i -> answers.put(i, Answer.YES));
        var again = scoring.assess(answers, row.age());
        // The steps for many unknown answers depend on what was not stored; the stored count decides.
        var steps = again.steps().stream().filter(s -> !s.when().equals(java.util.List.of("unknowns"))
                || row.unknowns() >= Scoring.UNKNOWNS_NOTED).toList();
        return new ScreeningResult(row.id(), row.ref(), owner ? row.clientRef() : null, row.catalogueVersion(),
                row.regionCode(), row.agencyCode(), row.setting(), row.age(), row.signal(), row.age().childPath(),
                row.score(), row.unknowns(), again.led(), steps, row.consent(),
                link.map(ScreeningStore.HandoverLink::handoverId).orElse(null),
                link.map(ScreeningStore.HandoverLink::proceedingId).orElse(null), row.recordedOn());
    }

    @Override
    @Transactional(readOnly = true)
    public ScreeningSummary summary(CurrentUser user) {
        return report.summary(user);
    }
}
