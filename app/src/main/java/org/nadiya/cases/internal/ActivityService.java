package org.nadiya.cases.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.CaseActivity;
import org.nadiya.cases.Proceeding;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens inside a proceeding: tasks, evidence with its chain of custody and files, notes and hearings. Every
 * change checks need-to-know and locks the proceeding first ({@link ProceedingGuard}), then is audited.
 */
@Service
class ActivityService {

    static final String ENTITY = ProceedingService.ENTITY;

    private final ProceedingGuard guard;
    private final ActivityStore activity;
    private final AuditLog audit;
    private final Clock clock;

    ActivityService(ProceedingGuard guard, ActivityStore activity, AuditLog audit, Clock clock) {
        this.guard = guard;
        this.activity = activity;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long addTask(CurrentUser user, long id, String title, String assigneeUsername, LocalDate dueOn) {
        Proceeding p = guard.forChange(user, id, false);
        String text = Texts.required("title", title, 500);
        Long assignee = assigneeUsername == null || assigneeUsername.isBlank() ? null
                : p.team().stream().filter(m -> m.username().equals(assigneeUsername.trim())).map(m -> m.userId())
                        .findFirst().orElseThrow(() -> new InvalidInputException("assignee", "error.cases.assignee.notOnTeam", assigneeUsername));
        long taskId = activity.addTask(id, text, assignee, dueOn, user.username(), clock.instant());
        audit.record(AuditEvent.allowed("TASK_ADDED", ENTITY, id).by(user.username()).with("task " + taskId));
        return taskId;
    }

    @Transactional
    void completeTask(CurrentUser user, long id, long taskId) {
        guard.forChange(user, id, false);
        if (!activity.completeTask(id, taskId, clock.instant())) {
            throw new InvalidInputException("task", "error.cases.task.notOpen", taskId);
        }
        audit.record(AuditEvent.allowed("TASK_DONE", ENTITY, id).by(user.username()).with("task " + taskId));
    }

    @Transactional
    long addEvidence(CurrentUser user, long id, String item, String source, LocalDate obtainedOn, String storage,
                            String fileName, byte[] file) {
        guard.forChange(user, id, false);
        String itemText = Texts.required("item", item, 500);
        String sourceText = Texts.required("source", source, 500);
        String storageText = Texts.required("storage", storage, 500);
        if (obtainedOn == null || obtainedOn.isAfter(guard.today())) {
            throw new InvalidInputException("obtainedOn", "error.cases.obtainedOn.invalid");
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

    @Transactional
    void addCustody(CurrentUser user, long id, long evidenceId, LocalDate on, String from, String to,
                           String purpose) {
        guard.forChange(user, id, false);
        if (activity.evidence(id).stream().noneMatch(e -> e.id() == evidenceId)) {
            throw new InvalidInputException("evidence", "error.cases.evidence.unknown", evidenceId);
        }
        if (on == null || on.isAfter(guard.today())) {
            throw new InvalidInputException("occurredOn", "error.cases.occurredOn.invalid");
        }
        activity.addCustody(evidenceId, on, Texts.required("fromHolder", from, 200), Texts.required("toHolder", to, 200),
                Texts.required("purpose", purpose, 500), user.username(), clock.instant());
        audit.record(AuditEvent.allowed("CUSTODY_RECORDED", ENTITY, id).by(user.username()).with("evidence " + evidenceId));
    }

    @Transactional
    CaseActivity.EvidenceFile evidenceFile(CurrentUser user, long id, long evidenceId) {
        guard.visible(user, id);
        var item = activity.evidence(id).stream().filter(e -> e.id() == evidenceId && e.fileSha256() != null)
                .findFirst().orElseThrow(() -> new org.nadiya.security.NotVisibleException("evidence file", evidenceId));
        byte[] content = activity.file(item.fileSha256()).orElseThrow();
        audit.record(AuditEvent.allowed("EVIDENCE_FILE_READ", ENTITY, id).by(user.username()).with("evidence " + evidenceId));
        return new CaseActivity.EvidenceFile(item.fileName(), item.fileSha256(), content);
    }

    @Transactional
    long addNote(CurrentUser user, long id, String text) {
        guard.forChange(user, id, false);
        long noteId = activity.addNote(id, Texts.required("text", text, 4000), user.username(), clock.instant());
        audit.record(AuditEvent.allowed("NOTE_ADDED", ENTITY, id).by(user.username()).with("note " + noteId));
        return noteId;
    }

    @Transactional
    long addHearing(CurrentUser user, long id, LocalDate heldOn, String court, String outcome) {
        guard.forChange(user, id, false);
        if (heldOn == null) {
            throw new InvalidInputException("heldOn", "error.cases.heldOn.required");
        }
        long hearingId = activity.addHearing(id, heldOn, Texts.required("court", court, 300),
                outcome == null || outcome.isBlank() ? null : Texts.required("outcome", outcome, 1000), user.username(),
                clock.instant());
        audit.record(AuditEvent.allowed("HEARING_ADDED", ENTITY, id).by(user.username()).with("hearing " + hearingId));
        return hearingId;
    }
}
