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
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.kernel.Text;
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
    private final AuditLog audit;
    private final Clock clock;
    private final QualificationAssistant assistant;
    private final ApplicationEventPublisher events;
    private final ProceedingGuard guard;
    private final ActivityService activities;
    private final TaskService tasks;

    ProceedingService(ProceedingStore store, ActivityStore activity, TeamDirectory directory, ReferenceData reference,
                      AuditLog audit, Clock clock, QualificationAssistant assistant,
                      ApplicationEventPublisher events, ProceedingGuard guard, ActivityService activities,
                      TaskService tasks) {
        this.tasks = tasks;
        this.guard = guard;
        this.activities = activities;
        this.assistant = assistant;
        this.events = events;
        this.store = store;
        this.activity = activity;
        this.directory = directory;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return guard.today();
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
    public java.util.Set<Long> visibleAmong(CurrentUser user, java.util.Collection<Long> proceedingIds) {
        return proceedingIds.isEmpty() ? java.util.Set.of() : store.visibleAmong(user, proceedingIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<org.nadiya.cases.UpcomingHearing> hearingsOf(java.util.Collection<Long> proceedingIds) {
        return proceedingIds.isEmpty() ? List.of() : activity.upcomingHearings(proceedingIds, LocalDate.of(1900, 1, 1),
                LocalDate.of(9999, 12, 31));
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
        Proceeding p = guard.visible(user, id);
        audit.record(AuditEvent.allowed("PROCEEDING_VIEWED", ENTITY, id).by(user.username()));
        return p;
    }

    @Override
    @Transactional(readOnly = true)
    public Workspace workspace(CurrentUser user, long id) {
        Proceeding p = guard.visible(user, id);
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

    @Override
    @Transactional
    public long register(CurrentUser user, ProceedingDraft draft) {
        if (!(user.has(Role.PROSECUTOR) || user.has(Role.INVESTIGATOR) || user.has(Role.ADMIN))) {
            throw new AccessDeniedException("only prosecutors and investigators register proceedings");
        }
        ProceedingDraft d = DraftRules.check(draft, reference, today());
        if (store.erdrTaken(d.erdrNumber(), -1)) {
            throw new InvalidInputException("erdrNumber", "error.cases.erdrNumber.taken", d.erdrNumber());
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
        guard.forChange(user, id, true);
        ProceedingDraft d = DraftRules.check(draft, reference, today());
        if (store.erdrTaken(d.erdrNumber(), id)) {
            throw new InvalidInputException("erdrNumber", "error.cases.erdrNumber.taken", d.erdrNumber());
        }
        if (!store.update(id, d, ArticleCatalogue.seriousness(d.qualifications()), version, clock.instant())) {
            throw new InvalidInputException("version", "error.cases.version.changed");
        }
        recomputeDeadline(id);
        audit.record(AuditEvent.allowed("PROCEEDING_UPDATED", ENTITY, id).by(user.username())
                .with("qualification " + d.qualifications()));
    }

    @Override
    @Transactional
    public void move(CurrentUser user, long id, Stage target, LocalDate on, String note) {
        Proceeding p = guard.forChange(user, id, true);
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
        guard.forChange(user, id, true);
        var member = directory.member(username, role);
        if (!store.addMember(id, member, role, today())) {
            throw new InvalidInputException("username", "error.cases.username.onTeam", username, Text.label("teamRole", role));
        }
        audit.record(AuditEvent.allowed("TEAM_MEMBER_ADDED", ENTITY, id).by(user.username())
                .with("user " + member + " as " + role));
    }

    @Override
    @Transactional
    public void removeMember(CurrentUser user, long id, long memberUserId, TeamRole role) {
        guard.forChange(user, id, true);
        if (!store.removeMember(id, memberUserId, role)) {
            throw new InvalidInputException("member", "error.cases.member.unknown");
        }
        audit.record(AuditEvent.allowed("TEAM_MEMBER_REMOVED", ENTITY, id).by(user.username())
                .with("user " + memberUserId + " as " + role));
    }

    @Override
    @Transactional
    public void extendDeadline(CurrentUser user, long id, int totalMonths, DeadlineExtension.Grantor grantor,
                               String grantorName, LocalDate on) {
        Proceeding p = guard.forChange(user, id, true);
        ExtensionRules.check(p, totalMonths, grantor, grantorName, on, today());
        activity.addExtension(id, totalMonths, grantor, grantorName.trim(), on, user.username(), clock.instant());
        recomputeDeadline(id);
        audit.record(AuditEvent.allowed("DEADLINE_EXTENDED", ENTITY, id).by(user.username())
                .with("to " + totalMonths + " months by " + grantor));
    }

    @Override
    @Transactional
    public void recordMaterialsReview(CurrentUser user, long id, LocalDate from, LocalDate to) {
        Proceeding p = guard.forChange(user, id, true);
        if (p.suspicionOn() == null) {
            throw new InvalidInputException("from", "error.cases.review.afterSuspicion");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "error.cases.review.days");
        }
        if (from.isBefore(p.suspicionOn()) || to.isAfter(today())) {
            throw new InvalidInputException("from", "error.cases.review.range");
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
    public long addTask(CurrentUser user, long id, String title, String assigneeUsername, LocalDate dueOn) {
        return activities.addTask(user, id, title, assigneeUsername, dueOn);
    }

    @Override
    public void completeTask(CurrentUser user, long id, long taskId) {
        activities.completeTask(user, id, taskId);
    }

    @Override
    public List<CaseActivity.AssignedTask> myTasks(CurrentUser user, CaseActivity.TaskState state, int limit) {
        return tasks.mine(user, state, limit);
    }

    @Override
    public CaseActivity.Task task(CurrentUser user, long id, long taskId) {
        return tasks.task(user, id, taskId);
    }

    @Override
    public void updateTask(CurrentUser user, long id, long taskId, String title, String assigneeUsername,
                           LocalDate dueOn, int version) {
        tasks.update(user, id, taskId, title, assigneeUsername, dueOn, version);
    }

    @Override
    public void reopenTask(CurrentUser user, long id, long taskId) {
        tasks.reopen(user, id, taskId);
    }

    @Override
    public long addEvidence(CurrentUser user, long id, String item, String source, LocalDate obtainedOn, String storage,
                            String fileName, byte[] file) {
        return activities.addEvidence(user, id, item, source, obtainedOn, storage, fileName, file);
    }

    @Override
    public void addCustody(CurrentUser user, long id, long evidenceId, LocalDate on, String from, String to,
                           String purpose) {
        activities.addCustody(user, id, evidenceId, on, from, to, purpose);
    }

    @Override
    public CaseActivity.EvidenceFile evidenceFile(CurrentUser user, long id, long evidenceId) {
        return activities.evidenceFile(user, id, evidenceId);
    }

    @Override
    public long addNote(CurrentUser user, long id, String text) {
        return activities.addNote(user, id, text);
    }

    @Override
    public long addHearing(CurrentUser user, long id, LocalDate heldOn, String court, String outcome) {
        return activities.addHearing(user, id, heldOn, court, outcome);
    }


    @Override
    @Transactional
    public QualificationDecision decideQualification(CurrentUser user, long id, String factsJson, String decided,
                                                     String overrideReason) {
        Proceeding p = guard.forChange(user, id, true);
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

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> teamProceedings(CurrentUser user) {
        return store.teamProceedings(user.id());
    }
}
