package org.nadiya.victims.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.FieldEncryption;
import org.nadiya.victims.CaseStatus;
import org.nadiya.victims.ClosureReason;
import org.nadiya.victims.ServiceType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's casework: the case status (closed with a reason, reopened with one), the support plan's goals with their
 * target dates, and the log of contacts with the next follow-up. Everyone who sees the person sees the status and the
 * dates; goal and note texts are decrypted, and their reading audited, only for those who manage the person
 * (coordinators who see it, the team's prosecutor and investigator), who alone record anything.
 */
@Service
class CaseworkService {

    private static final String ENTITY = "person";

    private final CaseworkStore store;
    private final PersonService persons;
    private final FieldEncryption encryption;
    private final AuditLog audit;
    private final Clock clock;

    CaseworkService(CaseworkStore store, PersonService persons, FieldEncryption encryption, AuditLog audit, Clock clock) {
        this.store = store;
        this.persons = persons;
        this.encryption = encryption;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Casework.State state(CurrentUser user, long personId) {
        persons.visible(user, personId);
        return store.state(personId);
    }

    @Transactional
    void close(CurrentUser user, long personId, ClosureReason reason, LocalDate on) {
        var core = persons.visibleForSupport(user, personId, true, "CASE_REFUSED");
        if (reason == null) {
            throw new InvalidInputException("closureReason", "error.victims.closure.reason");
        }
        LocalDate day = on == null ? persons.today() : on;
        if (day.isAfter(persons.today()) || day.isBefore(core.registeredOn())) {
            throw new InvalidInputException("closedOn", "error.victims.closure.date", core.registeredOn().toString());
        }
        if (!store.setState(personId, CaseStatus.OPEN, CaseStatus.CLOSED, day, reason)) {
            throw new InvalidInputException("closureReason", "error.victims.closure.already");
        }
        audit.record(AuditEvent.allowed("CASE_CLOSED", ENTITY, personId).by(user.username())
                .with(core.pseudonym() + ": " + reason + " on " + day));
    }

    @Transactional
    void reopen(CurrentUser user, long personId, String reason) {
        var core = persons.visibleForSupport(user, personId, true, "CASE_REFUSED");
        String why = SupportText.of(reason, "reopenReason", 1000, true);
        if (!store.setState(personId, CaseStatus.CLOSED, CaseStatus.OPEN, null, null)) {
            throw new InvalidInputException("reopenReason", "error.victims.closure.notClosed");
        }
        audit.record(AuditEvent.allowed("CASE_REOPENED", ENTITY, personId).by(user.username()).because(why)
                .with(core.pseudonym()));
    }

    /** The plan's goals, open ones first; texts only for those who manage the person (that read audited). */
    @Transactional(readOnly = true)
    List<Casework.Goal> goals(CurrentUser user, long personId) {
        var core = persons.visible(user, personId);
        boolean texts = persons.mayManage(user, core);
        var stored = store.goals(personId);
        if (texts && !stored.isEmpty()) {
            audit.record(AuditEvent.allowed("SUPPORT_PLAN_READ", ENTITY, personId).by(user.username())
                    .with(core.pseudonym() + ", " + stored.size() + " goals"));
        }
        LocalDate today = persons.today();
        return stored.stream().map(g -> new Casework.Goal(g.id(), g.area(), texts ? encryption.decrypt(g.goalEnc(),
                SupportColumns.GOAL.context(g.rowKey())) : null, g.targetOn(), g.status(), g.doneOn(), g.createdBy(),
                g.status() == Casework.GoalStatus.OPEN && g.targetOn().isBefore(today))).toList();
    }

    @Transactional
    long addGoal(CurrentUser user, long personId, ServiceType area, String goal, LocalDate targetOn) {
        var core = persons.visibleForSupport(user, personId, true, "SUPPORT_PLAN_REFUSED");
        if (area == null) {
            throw new InvalidInputException("area", "error.victims.goal.area");
        }
        String text = SupportText.of(goal, "goal", 2000, true);
        if (targetOn == null || targetOn.isBefore(core.registeredOn())) {
            throw new InvalidInputException("targetOn", "error.victims.goal.targetOn", core.registeredOn().toString());
        }
        String rowKey = UUID.randomUUID().toString();
        long id = store.insertGoal(rowKey, personId, area, encryption.encrypt(text, SupportColumns.GOAL.context(rowKey)),
                targetOn, user.username(), clock.instant());
        audit.record(AuditEvent.allowed("SUPPORT_GOAL_ADDED", ENTITY, personId).by(user.username())
                .with(core.pseudonym() + ", goal " + id + ", " + area + ", by " + targetOn));
        return id;
    }

    @Transactional
    void finishGoal(CurrentUser user, long personId, long goalId, Casework.GoalStatus status) {
        var core = persons.visibleForSupport(user, personId, true, "SUPPORT_PLAN_REFUSED");
        if (status == null || status == Casework.GoalStatus.OPEN) {
            throw new InvalidInputException("status", "error.common.choice.listed");
        }
        if (!store.finishGoal(personId, goalId, status, persons.today())) {
            throw new InvalidInputException("goal", "error.victims.goal.notOpen");
        }
        audit.record(AuditEvent.allowed("SUPPORT_GOAL_" + status, ENTITY, personId).by(user.username())
                .with(core.pseudonym() + ", goal " + goalId));
    }

    /** The contacts, newest first; notes only for those who manage the person (that read audited). */
    @Transactional(readOnly = true)
    List<Casework.Contact> contacts(CurrentUser user, long personId) {
        var core = persons.visible(user, personId);
        boolean texts = persons.mayManage(user, core);
        var stored = store.contacts(personId);
        if (texts && stored.stream().anyMatch(c -> c.noteEnc() != null)) {
            audit.record(AuditEvent.allowed("CONTACT_LOG_READ", ENTITY, personId).by(user.username())
                    .with(core.pseudonym() + ", " + stored.size() + " contacts"));
        }
        return stored.stream().map(c -> new Casework.Contact(c.id(), c.contactedOn(), c.channel(), c.reached(),
                texts && c.noteEnc() != null ? encryption.decrypt(c.noteEnc(), SupportColumns.CONTACT_NOTE.context(c.rowKey()))
                        : null, c.followUpOn(), c.recordedBy())).toList();
    }

    @Transactional
    long addContact(CurrentUser user, long personId, LocalDate on, Casework.Channel channel, Boolean reached, String note,
                    LocalDate followUpOn) {
        var core = persons.visibleForSupport(user, personId, true, "CONTACT_REFUSED");
        LocalDate today = persons.today();
        if (on == null || on.isAfter(today) || on.isBefore(core.registeredOn())) {
            throw new InvalidInputException("contactedOn", "error.victims.contact.date", core.registeredOn().toString());
        }
        if (channel == null) {
            throw new InvalidInputException("channel", "error.victims.contact.channel");
        }
        String text = SupportText.of(note, "note", 2000, false);
        if (followUpOn != null && !followUpOn.isAfter(on)) {
            throw new InvalidInputException("followUpOn", "error.victims.contact.followUp");
        }
        String rowKey = UUID.randomUUID().toString();
        long id = store.insertContact(rowKey, personId, on, channel, !Boolean.FALSE.equals(reached),
                text == null ? null : encryption.encrypt(text, SupportColumns.CONTACT_NOTE.context(rowKey)), followUpOn,
                user.username(), clock.instant());
        audit.record(AuditEvent.allowed("CONTACT_RECORDED", ENTITY, personId).by(user.username())
                .with(core.pseudonym() + ", contact " + id + ", " + channel + (followUpOn == null ? "" : ", follow-up " + followUpOn)));
        return id;
    }
}
