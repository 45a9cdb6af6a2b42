package org.nadiya.victims.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.FieldEncryption;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.kernel.Text;
import org.nadiya.victims.DecidingBody;
import org.nadiya.victims.Interview;
import org.nadiya.victims.InterviewPlan;
import org.nadiya.victims.InterviewStatus;
import org.nadiya.victims.InterviewWarning;
import org.nadiya.victims.NewRisk;
import org.nadiya.victims.RiskAssessment;
import org.nadiya.victims.StatusApplication;
import org.nadiya.victims.StatusDecision;
import org.nadiya.victims.VictimSupport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interviews, risks and status applications. Each call starts with the person-visibility check of
 * {@link PersonService#visibleForSupport} (404 or 403, audited); nothing asks for a proceeding or cooperation.
 */
@Service
class SupportService implements VictimSupport {

    static final int MAX_LIST = 200;

    private final SupportStore store;
    private final PersonService persons;
    private final FieldEncryption encryption;
    private final AuditLog audit;
    private final Clock clock;
    private final int threshold;
    private final int childRepeatDays;

    SupportService(SupportStore store, PersonService persons, FieldEncryption encryption, AuditLog audit, Clock clock,
                   @Value("${nadiya.victims.interview-threshold:2}") int threshold,
                   @Value("${nadiya.victims.child-repeat-days:30}") int childRepeatDays) {
        if (threshold < 1) {
            throw new IllegalStateException("nadiya.victims.interview-threshold must be at least 1");
        }
        if (childRepeatDays < 0) {
            throw new IllegalStateException("nadiya.victims.child-repeat-days must not be negative");
        }
        this.childRepeatDays = childRepeatDays;
        this.store = store;
        this.persons = persons;
        this.encryption = encryption;
        this.audit = audit;
        this.clock = clock;
        this.threshold = threshold;
    }

    private LocalDate today() {
        return persons.today();
    }

    private static String text(String value, String field, int max, boolean required) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, "error.common.requiredShort");
            }
            return null;
        }
        if (v.length() > max) {
            throw new InvalidInputException(field, "error.common.maxChars", max);
        }
        return v;
    }

    // --- interviews

    @Override
    @Transactional(readOnly = true)
    public List<Interview> interviews(CurrentUser user, long personId) {
        persons.visibleForSupport(user, personId, false, null);
        return store.interviews(personId);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<InterviewWarning> interviewWarnings(CurrentUser user, long personId, InterviewPlan plan) {
        var core = persons.visibleForSupport(user, personId, false, null);
        return SupportRules.interviewWarnings(core.ageGroup().child(), core.hasRepresentative(), store.interviews(personId), check(plan), threshold,
                childRepeatDays);
    }

    private static InterviewPlan check(InterviewPlan plan) {
        if (plan == null || plan.scheduledOn() == null) {
            throw new InvalidInputException("scheduledOn", "error.victims.scheduledOn.required");
        }
        if (plan.purpose() == null) {
            throw new InvalidInputException("purpose", "error.victims.purpose.choose");
        }
        return plan;
    }

    @Override
    @Transactional
    public Interview planInterview(CurrentUser user, long personId, InterviewPlan plan) {
        var core = persons.visibleForSupport(user, personId, true, "INTERVIEW_REFUSED");
        check(plan);
        String conductedBy = text(plan.conductedBy(), "conductedBy", 200, true);
        Set<InterviewWarning> warnings = SupportRules.interviewWarnings(core.ageGroup().child(), core.hasRepresentative(),
                store.interviews(personId), plan, threshold, childRepeatDays);
        String reason = text(plan.overrideReason(), "overrideReason", 1000, false);
        if (!warnings.isEmpty() && reason == null) {
            throw new InvalidInputException("overrideReason", "error.victims.overrideReason.warnings", Text.labels("interviewWarning", warnings));
        }
        long id = store.insertInterview(personId, plan, conductedBy, warnings, warnings.isEmpty() ? null : reason,
                user.username(), clock.instant());
        var event = AuditEvent.allowed("INTERVIEW_PLANNED", PersonService.ENTITY, personId).by(user.username())
                .with(core.pseudonym() + ", interview " + id + ", " + plan.purpose()
                        + (warnings.isEmpty() ? "" : ", over warnings: " + names(warnings)));
        audit.record(warnings.isEmpty() ? event : event.because(reason));
        return store.interview(personId, id).orElseThrow();
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    @Override
    @Transactional
    public Interview recordOutcome(CurrentUser user, long personId, long interviewId, InterviewStatus status,
                                   Integer durationMinutes, Boolean videoRecorded) {
        var core = persons.visibleForSupport(user, personId, true, "INTERVIEW_REFUSED");
        var interview = store.interview(personId, interviewId)
                .orElseThrow(() -> new InvalidInputException("interviewId", "error.victims.interview.unknown"));
        if (interview.status() != InterviewStatus.PLANNED) {
            throw new InvalidInputException("status", "error.victims.status.recorded");
        }
        if (status == null || status == InterviewStatus.PLANNED) {
            throw new InvalidInputException("status", "error.victims.interviewStatus.choose");
        }
        if (status == InterviewStatus.DONE) {
            if (durationMinutes == null || durationMinutes < 1 || durationMinutes > 1440) {
                throw new InvalidInputException("durationMinutes", "error.victims.duration.range");
            }
            if (interview.scheduledOn().isAfter(today())) {
                throw new InvalidInputException("status", "error.victims.status.notYet");
            }
        }
        boolean video = videoRecorded == null ? interview.videoRecorded() : videoRecorded;
        store.recordOutcome(interviewId, status, status == InterviewStatus.DONE ? durationMinutes : null,
                status == InterviewStatus.DONE && video);
        audit.record(AuditEvent.allowed("INTERVIEW_" + status, PersonService.ENTITY, personId).by(user.username())
                .with(core.pseudonym() + ", interview " + interviewId));
        return store.interview(personId, interviewId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Interview> plannedOverWarnings(CurrentUser user) {
        excludeOutsiders(user);
        var rows = store.overWarnings(10_000);
        var visible = persons.visibleAmong(user, rows.stream().map(Interview::personId).toList());
        return rows.stream().filter(i -> visible.contains(i.personId())).limit(MAX_LIST).toList();
    }

    private static void excludeOutsiders(CurrentUser user) {
        if (PersonAccess.excluded(user)) {
            throw new AccessDeniedException("partners and researchers do not reach persons through this module");
        }
    }

    // --- risks

    @Override
    @Transactional(readOnly = true)
    public List<RiskAssessment> risks(CurrentUser user, long personId) {
        var core = persons.visibleForSupport(user, personId, false, null);
        boolean details = persons.mayManage(user, core);
        var stored = store.risks(personId);
        if (details && !stored.isEmpty()) {
            audit.record(AuditEvent.allowed("RISK_READ", PersonService.ENTITY, personId).by(user.username())
                    .with(core.pseudonym() + ", " + stored.size() + " assessment(s)"));
        }
        LocalDate today = today();
        return stored.stream().map(r -> view(r, details, today)).toList();
    }

    private RiskAssessment view(SupportStore.StoredRisk r, boolean details, LocalDate today) {
        return new RiskAssessment(r.id(), r.personId(), r.level(),
                details ? encryption.decrypt(r.descriptionEnc(), SupportColumns.RISK_DESCRIPTION.context(r.rowKey())) : null,
                details && r.measuresEnc() != null
                        ? encryption.decrypt(r.measuresEnc(), SupportColumns.RISK_MEASURES.context(r.rowKey())) : null,
                r.assessedOn(), r.reviewOn(), r.assessedBy(), r.reviewOn().isBefore(today), details);
    }

    @Override
    @Transactional
    public long assessRisk(CurrentUser user, long personId, NewRisk risk) {
        var core = persons.visibleForSupport(user, personId, true, "RISK_REFUSED");
        if (risk == null || risk.level() == null) {
            throw new InvalidInputException("level", "error.victims.level.choose");
        }
        String description = text(risk.description(), "description", 4000, true);
        String measures = text(risk.measures(), "measures", 4000, false);
        LocalDate today = today();
        LocalDate assessedOn = risk.assessedOn() == null ? today : risk.assessedOn();
        if (assessedOn.isAfter(today)) {
            throw new InvalidInputException("assessedOn", "error.common.date.notFuture");
        }
        if (risk.reviewOn() == null || !risk.reviewOn().isAfter(assessedOn)) {
            throw new InvalidInputException("reviewOn", "error.victims.reviewOn.afterAssessment");
        }
        String rowKey = UUID.randomUUID().toString();
        long id = store.insertRisk(rowKey, personId, risk.level(),
                encryption.encrypt(description, SupportColumns.RISK_DESCRIPTION.context(rowKey)),
                measures == null ? null : encryption.encrypt(measures, SupportColumns.RISK_MEASURES.context(rowKey)),
                assessedOn, risk.reviewOn(), user.username(), clock.instant());
        audit.record(AuditEvent.allowed("RISK_ASSESSED", PersonService.ENTITY, personId).by(user.username())
                .with(core.pseudonym() + ", assessment " + id + ", " + risk.level() + ", review " + risk.reviewOn()));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RiskAssessment> overdueReviews(CurrentUser user) {
        excludeOutsiders(user);
        LocalDate today = today();
        var rows = store.overdue(today);
        var visible = persons.visibleAmong(user, rows.stream().map(r -> r.personId()).toList());
        return rows.stream().filter(r -> visible.contains(r.personId())).limit(MAX_LIST)
                .map(r -> view(r, false, today)).toList();
    }

    // --- status

    @Override
    @Transactional(readOnly = true)
    public List<StatusApplication> statusApplications(CurrentUser user, long personId) {
        persons.visibleForSupport(user, personId, false, null);
        LocalDate today = today();
        return store.applications(personId).stream().map(a -> view(a, today)).toList();
    }

    static StatusApplication view(SupportStore.StoredApplication a, LocalDate today) {
        LocalDate endsOn = a.extendedUntil() != null ? a.extendedUntil() : a.validUntil();
        return new StatusApplication(a.id(), a.personId(), a.appliedOn(), a.interviewOn(), a.bodyCode(), a.decision(),
                a.decidedOn(), a.validUntil(), a.extendedOn(), a.extendedUntil(), a.appealOn(), a.appealCourt(),
                a.appealOutcome(), a.recordedBy(), SupportRules.decisionDue(a.interviewOn()), endsOn,
                SupportRules.statusWarnings(a.decision(), a.interviewOn(), endsOn, today));
    }

    @Override
    @Transactional
    public long applyForStatus(CurrentUser user, long personId, LocalDate appliedOn, LocalDate interviewOn,
                               String bodyCode) {
        var core = persons.visibleForSupport(user, personId, true, "STATUS_REFUSED");
        LocalDate today = today();
        if (appliedOn == null || appliedOn.isAfter(today)) {
            throw new InvalidInputException("appliedOn", "error.victims.appliedOn.invalid");
        }
        if (interviewOn != null && interviewOn.isBefore(appliedOn)) {
            throw new InvalidInputException("interviewOn", "error.victims.interviewOn.afterApplication");
        }
        String body = bodyCode == null ? "" : bodyCode.trim();
        if (store.bodies().stream().noneMatch(b -> b.code().equals(body))) {
            throw new InvalidInputException("bodyCode", "error.victims.body.choose");
        }
        long id = store.insertApplication(personId, appliedOn, interviewOn, body, user.username(), clock.instant());
        audit.record(AuditEvent.allowed("STATUS_APPLIED", PersonService.ENTITY, personId).by(user.username())
                .with(core.pseudonym() + ", application " + id + " to " + body));
        return id;
    }

    private SupportStore.StoredApplication application(long personId, long id) {
        return store.application(personId, id)
                .orElseThrow(() -> new InvalidInputException("applicationId", "error.victims.application.unknown"));
    }

    @Override
    @Transactional
    public void decideStatus(CurrentUser user, long personId, long applicationId, StatusDecision decision,
                             LocalDate decidedOn, LocalDate validUntil) {
        var core = persons.visibleForSupport(user, personId, true, "STATUS_REFUSED");
        var a = application(personId, applicationId);
        if (a.decision() != StatusDecision.PENDING) {
            throw new InvalidInputException("decision", "error.victims.decision.recorded");
        }
        if (decision == null || decision == StatusDecision.PENDING) {
            throw new InvalidInputException("decision", "error.victims.decision.choose");
        }
        if (decidedOn == null || decidedOn.isBefore(a.appliedOn()) || decidedOn.isAfter(today())) {
            throw new InvalidInputException("decidedOn", "error.victims.decidedOn.range");
        }
        LocalDate until = null;
        if (decision == StatusDecision.GRANTED) {
            until = SupportRules.validUntil(decidedOn, validUntil);
        } else if (validUntil != null) {
            throw new InvalidInputException("validUntil", "error.victims.validUntil.refusal");
        }
        store.decide(applicationId, decision, decidedOn, until);
        audit.record(AuditEvent.allowed("STATUS_DECIDED", PersonService.ENTITY, personId).by(user.username())
                .with(core.pseudonym() + ", application " + applicationId + ", " + decision
                        + (until == null ? "" : " until " + until)));
    }

    @Override
    @Transactional
    public void extendStatus(CurrentUser user, long personId, long applicationId, LocalDate extendedOn,
                             LocalDate extendedUntil) {
        var core = persons.visibleForSupport(user, personId, true, "STATUS_REFUSED");
        var a = application(personId, applicationId);
        SupportRules.checkExtension(a.decision(), a.validUntil(), a.extendedOn(), extendedOn, extendedUntil);
        if (extendedOn.isAfter(today())) {
            throw new InvalidInputException("extendedOn", "error.common.date.notFuture");
        }
        store.extend(applicationId, extendedOn, extendedUntil);
        audit.record(AuditEvent.allowed("STATUS_EXTENDED", PersonService.ENTITY, personId).by(user.username())
                .with(core.pseudonym() + ", application " + applicationId + " until " + extendedUntil));
    }

    @Override
    @Transactional
    public void appealStatus(CurrentUser user, long personId, long applicationId, LocalDate appealOn, String court,
                             String outcome) {
        var core = persons.visibleForSupport(user, personId, true, "STATUS_REFUSED");
        var a = application(personId, applicationId);
        if (a.decision() != StatusDecision.REFUSED) {
            throw new InvalidInputException("appealOn", "error.victims.appealOn.onlyRefusal");
        }
        if (appealOn == null || appealOn.isBefore(a.decidedOn()) || appealOn.isAfter(today())) {
            throw new InvalidInputException("appealOn", "error.victims.appealOn.range");
        }
        String c = text(court, "appealCourt", 200, true);
        String o = text(outcome, "appealOutcome", 500, false);
        store.appeal(applicationId, appealOn, c, o);
        audit.record(AuditEvent.allowed("STATUS_APPEALED", PersonService.ENTITY, personId).by(user.username())
                .with(core.pseudonym() + ", application " + applicationId));
    }

    @Override
    public List<DecidingBody> decidingBodies() {
        return new ArrayList<>(store.bodies());
    }
}
