package org.nadiya.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.ArticleCatalogue;
import org.nadiya.cases.CaseActivity;
import org.nadiya.cases.DeadlineExtension;
import org.nadiya.cases.ExcludedPeriod;
import org.nadiya.cases.PretrialDeadline;
import org.nadiya.cases.Proceeding;
import org.nadiya.cases.ProceedingDraft;
import org.nadiya.cases.ProceedingFilter;
import org.nadiya.cases.ProceedingPage;
import org.nadiya.cases.ProceedingRow;
import org.nadiya.cases.ProceedingStageChanged;
import org.nadiya.cases.Proceedings;
import org.nadiya.cases.QualificationDecision;
import org.nadiya.cases.qualification.QualificationAssistant;
import org.nadiya.cases.Stage;
import org.nadiya.cases.TeamRole;
import org.nadiya.cases.Workspace;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.InvalidInputException;
import org.nadiya.security.NeedToKnow;
import org.nadiya.security.ReferenceData;
import org.nadiya.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's rules: need-to-know first, then who may change what, then the change, its audit entry and the
 * recomputed deadline, all in one transaction. Changes lock the proceeding's row, so edits of one proceeding
 * are serialised.
 */
@Service
class ProceedingService implements Proceedings {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    static final String ENTITY = "proceeding";

    private final ProceedingStore store;
    private final ActivityStore activity;
    private final TeamDirectory directory;
    private final ReferenceData reference;
    private final NeedToKnow needToKnow;
    private final AuditLog audit;
    private final Clock clock;
    private final QualificationAssistant assistant;
    private final ApplicationEventPublisher events;

    ProceedingService(ProceedingStore store, ActivityStore activity, TeamDirectory directory, ReferenceData reference,
                      NeedToKnow needToKnow, AuditLog audit, Clock clock, QualificationAssistant assistant,
                      ApplicationEventPublisher events) {
        this.assistant = assistant;
        this.events = events;
        this.store = store;
        this.activity = activity;
        this.directory = directory;
        this.reference = reference;
        this.needToKnow = needToKnow;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(KYIV));
    }

    @Override
    @Transactional(readOnly = true)
    public ProceedingPage search(CurrentUser user, ProceedingFilter filter) {
        List<ProceedingRow> rows = store.search(user, filter, today());
        boolean hasNext = rows.size() > filter.pageSize();
        return new ProceedingPage(hasNext ? rows.subList(0, filter.pageSize()) : rows, filter.page(), filter.pageSize(),
                hasNext);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<org.nadiya.cases.ProceedingAccess> access(long id) {
        return store.core(id).map(c -> new org.nadiya.cases.ProceedingAccess(c.id(), c.regionCode(), store.team(c.id())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<org.nadiya.cases.UpcomingHearing> upcomingHearings(java.util.Collection<Long> proceedingIds,
                                                                   LocalDate from, LocalDate to) {
        return proceedingIds.isEmpty() ? List.of() : activity.upcomingHearings(proceedingIds, from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public Proceeding open(CurrentUser user, long id) {
        Proceeding p = visible(user, id);
        audit.record(AuditEvent.allowed("PROCEEDING_VIEWED", ENTITY, id).by(user.username()));
        return p;
    }

    @Override
    @Transactional(readOnly = true)
    public Workspace workspace(CurrentUser user, long id) {
        Proceeding p = visible(user, id);
        audit.record(AuditEvent.allowed("PROCEEDING_VIEWED", ENTITY, id).by(user.username()));
        var tasks = activity.tasks(id);
        var evidence = activity.evidence(id);
        var notes = activity.notes(id);
        var hearings = activity.hearings(id);
        var stages = activity.transitions(id);
        var extensions = activity.extensions(id);
        var periods = activity.periods(id);
        var decisions = activity.decisions(id);
        return new Workspace(p, tasks, evidence, notes, hearings, stages, extensions, periods, decisions,
                Timeline.of(p, tasks, evidence, notes, hearings, stages, extensions, periods, decisions));
    }

    /** The proceeding if the user may know it exists; otherwise an audited 404. */
    private Proceeding visible(CurrentUser user, long id) {
        var core = store.core(id);
        Proceeding p = core.map(c -> assemble(c)).orElse(null);
        needToKnow.check(user, ENTITY, id, p);
        return p;
    }

    private Proceeding assemble(ProceedingStore.Core c) {
        PretrialDeadline deadline = c.suspicionOn() == null ? null : PretrialDeadline.compute(c.suspicionOn(),
                c.seriousness(), activity.extensions(c.id()), activity.periods(c.id()), today());
        return new Proceeding(c.id(), c.erdrNumber(), c.registeredOn(), c.regionCode(), c.summary(),
                store.qualifications(c.id()), c.crsv(), c.transnational(), store.countries(c.id()), store.forms(c.id()),
                c.body(), c.bodyReason(), c.stage(), c.closureGround(), c.suspicionOn(), c.seriousness(), deadline,
                store.team(c.id()), c.version());
    }

    /** Visible, locked for this transaction, and the user's role may change the register data. */
    private Proceeding forChange(CurrentUser user, long id, boolean registerData) {
        Proceeding p = visible(user, id);
        store.lock(id);
        if (registerData && !(user.has(Role.ADMIN) || user.has(Role.PROSECUTOR) || user.has(Role.INVESTIGATOR))) {
            audit.recordDenied(AuditEvent.denied("PROCEEDING_CHANGE_REFUSED", ENTITY, id).by(user.username())
                    .with("role may not change register data"));
            throw new AccessDeniedException("only prosecutors and investigators change register data");
        }
        return p;
    }

    @Override
    @Transactional
    public long register(CurrentUser user, ProceedingDraft draft) {
        if (!(user.has(Role.PROSECUTOR) || user.has(Role.INVESTIGATOR) || user.has(Role.ADMIN))) {
            throw new AccessDeniedException("only prosecutors and investigators register proceedings");
        }
        ProceedingDraft d = DraftRules.check(draft, reference, today());
        if (store.erdrTaken(d.erdrNumber(), -1)) {
            throw new InvalidInputException("erdrNumber", "ERDR number " + d.erdrNumber() + " is already registered");
        }
        long id = store.insert(d, ArticleCatalogue.seriousness(d.qualifications()), clock.instant());
        activity.addTransition(id, null, Stage.REGISTERED, d.registeredOn(), user.username(), clock.instant(), null);
        TeamRole own = user.has(Role.PROSECUTOR) ? TeamRole.PROSECUTOR : user.has(Role.INVESTIGATOR) ? TeamRole.INVESTIGATOR : null;
        if (own != null) {
            store.addMember(id, user.id(), own, today());
        }
        audit.record(AuditEvent.allowed("PROCEEDING_REGISTERED", ENTITY, id).by(user.username())
                .with("qualification " + d.qualifications()));
        return id;
    }

    @Override
    @Transactional
    public void update(CurrentUser user, long id, ProceedingDraft draft, int version) {
        forChange(user, id, true);
        ProceedingDraft d = DraftRules.check(draft, reference, today());
        if (store.erdrTaken(d.erdrNumber(), id)) {
            throw new InvalidInputException("erdrNumber", "ERDR number " + d.erdrNumber() + " is already registered");
        }
        if (!store.update(id, d, ArticleCatalogue.seriousness(d.qualifications()), version, clock.instant())) {
            throw new InvalidInputException("version", "someone changed this proceeding meanwhile; reload it and edit again");
        }
        recomputeDeadline(id);
        audit.record(AuditEvent.allowed("PROCEEDING_UPDATED", ENTITY, id).by(user.username())
                .with("qualification " + d.qualifications()));
    }

    @Override
    @Transactional
    public void move(CurrentUser user, long id, Stage target, LocalDate on, String note) {
        Proceeding p = forChange(user, id, true);
        StageRules.check(p, target, on, note, activity.transitions(id), today());
        String text = note == null || note.isBlank() ? null : note.trim();
        store.setStage(id, target, target == Stage.CLOSED ? text : null,
                target == Stage.SUSPICION_NOTIFIED && p.suspicionOn() == null ? on : null, clock.instant());
        if (target == Stage.SUSPENDED) {
            activity.openPeriod(id, ExcludedPeriod.Kind.SUSPENSION, on, null, user.username());
        }
        if (p.stage() == Stage.SUSPENDED) {
            activity.closeOpenSuspension(id, on);
        }
        activity.addTransition(id, p.stage(), target, on, user.username(), clock.instant(), text);
        recomputeDeadline(id);
        audit.record(AuditEvent.allowed("STAGE_CHANGED", ENTITY, id).by(user.username())
                .with(p.stage() + " -> " + target + " on " + on));
        events.publishEvent(new ProceedingStageChanged(id, p.erdrNumber(), p.stage(), target, on));
    }

    @Override
    @Transactional
    public void addMember(CurrentUser user, long id, String username, TeamRole role) {
        forChange(user, id, true);
        var member = directory.member(username, role);
        if (!store.addMember(id, member, role, today())) {
            throw new InvalidInputException("username", username + " is already on the team as " + role);
        }
        audit.record(AuditEvent.allowed("TEAM_MEMBER_ADDED", ENTITY, id).by(user.username())
                .with("user " + member + " as " + role));
    }

    @Override
    @Transactional
    public void removeMember(CurrentUser user, long id, long memberUserId, TeamRole role) {
        forChange(user, id, true);
        if (!store.removeMember(id, memberUserId, role)) {
            throw new InvalidInputException("member", "no such team member");
        }
        audit.record(AuditEvent.allowed("TEAM_MEMBER_REMOVED", ENTITY, id).by(user.username())
                .with("user " + memberUserId + " as " + role));
    }

    @Override
    @Transactional
    public void extendDeadline(CurrentUser user, long id, int totalMonths, DeadlineExtension.Grantor grantor,
                               String grantorName, LocalDate on) {
        Proceeding p = forChange(user, id, true);
        ExtensionRules.check(p, totalMonths, grantor, grantorName, on, today());
        activity.addExtension(id, totalMonths, grantor, grantorName.trim(), on, user.username(), clock.instant());
        recomputeDeadline(id);
        audit.record(AuditEvent.allowed("DEADLINE_EXTENDED", ENTITY, id).by(user.username())
                .with("to " + totalMonths + " months by " + grantor));
    }

    @Override
    @Transactional
    public void recordMaterialsReview(CurrentUser user, long id, LocalDate from, LocalDate to) {
        Proceeding p = forChange(user, id, true);
        if (p.suspicionOn() == null) {
            throw new InvalidInputException("from", "the review of materials comes after the notice of suspicion");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "give the first and last day of the review, the last not before the first");
        }
        if (from.isBefore(p.suspicionOn()) || to.isAfter(today())) {
            throw new InvalidInputException("from", "the review lies between the notice of suspicion and today");
        }
        activity.openPeriod(id, ExcludedPeriod.Kind.MATERIALS_REVIEW, from, to.plusDays(1), user.username());
        recomputeDeadline(id);
        audit.record(AuditEvent.allowed("MATERIALS_REVIEW_RECORDED", ENTITY, id).by(user.username())
                .with(from + " .. " + to));
    }

    void recomputeDeadline(long id) {
        var c = store.core(id).orElseThrow();
        LocalDate due = c.suspicionOn() == null ? null : PretrialDeadline.compute(c.suspicionOn(), c.seriousness(),
                activity.extensions(id), activity.periods(id), today()).due();
        store.setDeadline(id, due);
    }

    @Override
    @Transactional
    public long addTask(CurrentUser user, long id, String title, String assigneeUsername, LocalDate dueOn) {
        Proceeding p = forChange(user, id, false);
        String text = Texts.required("title", title, 500);
        Long assignee = assigneeUsername == null || assigneeUsername.isBlank() ? null
                : p.team().stream().filter(m -> m.username().equals(assigneeUsername.trim())).map(m -> m.userId())
                        .findFirst().orElseThrow(() -> new InvalidInputException("assignee",
                                "'" + assigneeUsername + "' is not on this proceeding's team"));
        long taskId = activity.addTask(id, text, assignee, dueOn, user.username(), clock.instant());
        audit.record(AuditEvent.allowed("TASK_ADDED", ENTITY, id).by(user.username()).with("task " + taskId));
        return taskId;
    }

    @Override
    @Transactional
    public void completeTask(CurrentUser user, long id, long taskId) {
        forChange(user, id, false);
        if (!activity.completeTask(id, taskId, clock.instant())) {
            throw new InvalidInputException("task", "no open task " + taskId + " in this proceeding");
        }
        audit.record(AuditEvent.allowed("TASK_DONE", ENTITY, id).by(user.username()).with("task " + taskId));
    }

    @Override
    @Transactional
    public long addEvidence(CurrentUser user, long id, String item, String source, LocalDate obtainedOn, String storage,
                            String fileName, byte[] file) {
        forChange(user, id, false);
        String itemText = Texts.required("item", item, 500);
        String sourceText = Texts.required("source", source, 500);
        String storageText = Texts.required("storage", storage, 500);
        if (obtainedOn == null || obtainedOn.isAfter(today())) {
            throw new InvalidInputException("obtainedOn", "give the date the item was obtained, not in the future");
        }
        String sha = null;
        String name = null;
        if (file != null && file.length > 0) {
            sha = Texts.sha256(file);
            name = Texts.fileName(fileName);
            activity.storeFile(sha, file);
        }
        long evidenceId = activity.addEvidence(id, itemText, sourceText, obtainedOn, storageText, name, sha,
                user.username(), clock.instant());
        audit.record(AuditEvent.allowed("EVIDENCE_ADDED", ENTITY, id).by(user.username())
                .with("evidence " + evidenceId + (sha == null ? "" : " sha256 " + sha)));
        return evidenceId;
    }

    @Override
    @Transactional
    public void addCustody(CurrentUser user, long id, long evidenceId, LocalDate on, String from, String to,
                           String purpose) {
        forChange(user, id, false);
        if (activity.evidence(id).stream().noneMatch(e -> e.id() == evidenceId)) {
            throw new InvalidInputException("evidence", "no evidence item " + evidenceId + " in this proceeding");
        }
        if (on == null || on.isAfter(today())) {
            throw new InvalidInputException("occurredOn", "give the date of the hand-over, not in the future");
        }
        activity.addCustody(evidenceId, on, Texts.required("fromHolder", from, 200), Texts.required("toHolder", to, 200),
                Texts.required("purpose", purpose, 500), user.username(), clock.instant());
        audit.record(AuditEvent.allowed("CUSTODY_RECORDED", ENTITY, id).by(user.username()).with("evidence " + evidenceId));
    }

    @Override
    @Transactional
    public CaseActivity.EvidenceFile evidenceFile(CurrentUser user, long id, long evidenceId) {
        visible(user, id);
        var item = activity.evidence(id).stream().filter(e -> e.id() == evidenceId && e.fileSha256() != null)
                .findFirst().orElseThrow(() -> new org.nadiya.security.NotVisibleException("evidence file", evidenceId));
        byte[] content = activity.file(item.fileSha256()).orElseThrow();
        audit.record(AuditEvent.allowed("EVIDENCE_FILE_READ", ENTITY, id).by(user.username()).with("evidence " + evidenceId));
        return new CaseActivity.EvidenceFile(item.fileName(), item.fileSha256(), content);
    }

    @Override
    @Transactional
    public long addNote(CurrentUser user, long id, String text) {
        forChange(user, id, false);
        long noteId = activity.addNote(id, Texts.required("text", text, 4000), user.username(), clock.instant());
        audit.record(AuditEvent.allowed("NOTE_ADDED", ENTITY, id).by(user.username()).with("note " + noteId));
        return noteId;
    }

    @Override
    @Transactional
    public long addHearing(CurrentUser user, long id, LocalDate heldOn, String court, String outcome) {
        forChange(user, id, false);
        if (heldOn == null) {
            throw new InvalidInputException("heldOn", "give the date of the hearing");
        }
        long hearingId = activity.addHearing(id, heldOn, Texts.required("court", court, 300),
                outcome == null || outcome.isBlank() ? null : Texts.required("outcome", outcome, 1000), user.username(),
                clock.instant());
        audit.record(AuditEvent.allowed("HEARING_ADDED", ENTITY, id).by(user.username()).with("hearing " + hearingId));
        return hearingId;
    }

    @Override
    @Transactional
    public QualificationDecision decideQualification(CurrentUser user, long id, String factsJson, String decided,
                                                     String overrideReason) {
        Proceeding p = forChange(user, id, true);
        if (!user.has(Role.PROSECUTOR)) {
            audit.recordDenied(AuditEvent.denied("QUALIFICATION_REFUSED", ENTITY, id).by(user.username())
                    .with("only the prosecutor decides the qualification"));
            throw new AccessDeniedException("only the prosecutor decides the qualification");
        }
        var decision = QualificationRules.decide(assistant, factsJson, decided, overrideReason);
        var draft = new ProceedingDraft(p.erdrNumber(), p.registeredOn(), p.regionCode(), p.summary(), decision.decided(),
                p.crsv(), p.transnational(), p.countries(), p.exploitationForms(), p.investigativeBody(), p.bodyReason());
        ProceedingDraft checked = DraftRules.check(draft, reference, today());
        store.update(id, checked, ArticleCatalogue.seriousness(checked.qualifications()), p.version(), clock.instant());
        recomputeDeadline(id);
        long decisionId = activity.addDecision(id, decision.factsJson(), decision.proposed(), decision.grounds(),
                decision.suggestedBody().name(), decision.decidedText(), decision.reason(), user.username(), clock.instant());
        audit.record(AuditEvent.allowed("QUALIFICATION_DECIDED", ENTITY, id).by(user.username())
                .with("advice " + (decision.proposed() == null ? "none" : decision.proposed()) + ", decided "
                        + decision.decidedText() + (decision.reason() == null ? "" : ", overriding the advice")));
        return activity.decisions(id).stream().filter(d -> d.id() == decisionId).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProceedingRow> deadlines(CurrentUser user, int limit) {
        var filter = new ProceedingFilter(null, null, null, null, null, 366, null, null, null, 0, limit);
        return store.search(user, filter, today()).stream().limit(limit)
                .sorted(Comparator.comparing(ProceedingRow::deadlineOn)).toList();
    }
}
