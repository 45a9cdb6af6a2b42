package org.nadiya.victims.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nadiya.security.CurrentUser;
import org.nadiya.victims.DecidingBody;
import org.nadiya.victims.Interview;
import org.nadiya.victims.InterviewPlan;
import org.nadiya.victims.InterviewPurpose;
import org.nadiya.victims.InterviewStatus;
import org.nadiya.victims.NewRisk;
import org.nadiya.victims.RiskAssessment;
import org.nadiya.victims.RiskLevel;
import org.nadiya.victims.StatusApplication;
import org.nadiya.victims.StatusDecision;
import org.nadiya.victims.VictimSupport;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Interviews, risks and status applications over HTTP. The service decides every refusal (404, 403, 400) and
 * audits it; risk details are never cached.
 */
@RestController
@RequestMapping("/api/v1")
class SupportApiController {

    private final VictimSupport support;
    private final org.nadiya.victims.JusticeTimeline timeline;

    SupportApiController(VictimSupport support, org.nadiya.victims.JusticeTimeline timeline) {
        this.support = support;
        this.timeline = timeline;
    }

    /** Interviews and the hearings of the person's proceedings, by date. */
    @GetMapping("/persons/{id}/timeline")
    List<org.nadiya.victims.JusticeContact> timeline(@PathVariable long id) {
        return timeline.of(CurrentUser.get(), id);
    }

    @GetMapping("/persons/{id}/interviews")
    List<Interview> interviews(@PathVariable long id) {
        return support.interviews(CurrentUser.get(), id);
    }

    record InterviewRequest(LocalDate scheduledOn, String conductedBy, InterviewPurpose purpose, Boolean videoRecorded,
                            Boolean psychologist, Boolean legalRepresentative, Boolean barnahus, String overrideReason) {

        InterviewPlan plan() {
            return new InterviewPlan(scheduledOn, conductedBy, purpose, Boolean.TRUE.equals(videoRecorded),
                    Boolean.TRUE.equals(psychologist), Boolean.TRUE.equals(legalRepresentative),
                    Boolean.TRUE.equals(barnahus), overrideReason);
        }
    }

    /** Plans the interview; the answer carries the warnings it was planned over (400 on {@code overrideReason}). */
    @PostMapping("/persons/{id}/interviews")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> plan(@PathVariable long id, @RequestBody InterviewRequest request) {
        Interview interview = support.planInterview(CurrentUser.get(), id, request.plan());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("interview", interview);
        body.put("warnings", interview.warnings());
        return body;
    }

    /** The warnings that would apply to a plan now, without planning. */
    @PostMapping("/persons/{id}/interviews/warnings")
    Map<String, Object> warnings(@PathVariable long id, @RequestBody InterviewRequest request) {
        return Map.of("warnings", support.interviewWarnings(CurrentUser.get(), id, request.plan()));
    }

    record OutcomeRequest(InterviewStatus status, Integer durationMinutes, Boolean videoRecorded) {
    }

    @PostMapping("/persons/{id}/interviews/{interviewId}/outcome")
    Interview outcome(@PathVariable long id, @PathVariable long interviewId, @RequestBody OutcomeRequest request) {
        return support.recordOutcome(CurrentUser.get(), id, interviewId, request.status(), request.durationMinutes(),
                request.videoRecorded());
    }

    @GetMapping("/interviews/over-warnings")
    List<Interview> overWarnings() {
        return support.plannedOverWarnings(CurrentUser.get());
    }

    @GetMapping("/persons/{id}/risks")
    ResponseEntity<List<RiskAssessment>> risks(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(support.risks(CurrentUser.get(), id));
    }

    record RiskRequest(RiskLevel level, String description, String measures, LocalDate assessedOn, LocalDate reviewOn) {

        @Override
        public String toString() {
            return "RiskRequest[redacted]";
        }
    }

    @PostMapping("/persons/{id}/risks")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> assess(@PathVariable long id, @RequestBody RiskRequest request) {
        long riskId = support.assessRisk(CurrentUser.get(), id, new NewRisk(request.level(), request.description(),
                request.measures(), request.assessedOn(), request.reviewOn()));
        return Map.of("id", riskId, "personId", id);
    }

    @GetMapping("/risks/overdue-reviews")
    List<RiskAssessment> overdueReviews() {
        return support.overdueReviews(CurrentUser.get());
    }

    @GetMapping("/persons/{id}/status-applications")
    List<StatusApplication> applications(@PathVariable long id) {
        return support.statusApplications(CurrentUser.get(), id);
    }

    record ApplicationRequest(LocalDate appliedOn, LocalDate interviewOn, String bodyCode) {
    }

    @PostMapping("/persons/{id}/status-applications")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> apply(@PathVariable long id, @RequestBody ApplicationRequest request) {
        long applicationId = support.applyForStatus(CurrentUser.get(), id, request.appliedOn(), request.interviewOn(),
                request.bodyCode());
        return Map.of("id", applicationId, "personId", id);
    }

    record DecisionRequest(StatusDecision decision, LocalDate decidedOn, LocalDate validUntil) {
    }

    @PostMapping("/persons/{id}/status-applications/{applicationId}/decision")
    Map<String, Object> decide(@PathVariable long id, @PathVariable long applicationId,
                               @RequestBody DecisionRequest request) {
        support.decideStatus(CurrentUser.get(), id, applicationId, request.decision(), request.decidedOn(),
                request.validUntil());
        return Map.of("id", applicationId, "decision", request.decision());
    }

    record ExtensionRequest(LocalDate extendedOn, LocalDate extendedUntil) {
    }

    @PostMapping("/persons/{id}/status-applications/{applicationId}/extension")
    Map<String, Object> extend(@PathVariable long id, @PathVariable long applicationId,
                               @RequestBody ExtensionRequest request) {
        support.extendStatus(CurrentUser.get(), id, applicationId, request.extendedOn(), request.extendedUntil());
        return Map.of("id", applicationId, "extendedUntil", request.extendedUntil());
    }

    record AppealRequest(LocalDate appealOn, String court, String outcome) {
    }

    @PostMapping("/persons/{id}/status-applications/{applicationId}/appeal")
    Map<String, Object> appeal(@PathVariable long id, @PathVariable long applicationId,
                               @RequestBody AppealRequest request) {
        support.appealStatus(CurrentUser.get(), id, applicationId, request.appealOn(), request.court(),
                request.outcome());
        return Map.of("id", applicationId, "appealed", true);
    }

    @GetMapping("/deciding-bodies")
    List<DecidingBody> bodies() {
        return support.decidingBodies();
    }
}
