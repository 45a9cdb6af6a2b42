package org.nadiya.victims;

import java.time.LocalDate;
import java.util.List;

import org.nadiya.security.CurrentUser;

/**
 * Interviews, risk assessments and status applications of a protected person. Every call first applies the
 * person-visibility policy of {@link Persons} (404, audited); changes are made by those who manage the person
 * (coordinators who see the person, the team's prosecutor and investigator; 403 otherwise). Nothing here
 * requires a proceeding or the person's cooperation: support is never conditional on testimony.
 */
public interface VictimSupport {

    /** Interviews of the person by date: the person's timeline of contacts with the justice system. */
    List<Interview> interviews(CurrentUser user, long personId);

    /** The warnings that would apply to this plan now (not audited, no change). */
    java.util.Set<InterviewWarning> interviewWarnings(CurrentUser user, long personId, InterviewPlan plan);

    /** Plans an interview; refuses ({@code overrideReason}) when warnings apply and no reason is given. */
    Interview planInterview(CurrentUser user, long personId, InterviewPlan plan);

    /** Records the outcome: DONE (with duration and whether it was recorded) or CANCELLED. */
    Interview recordOutcome(CurrentUser user, long personId, long interviewId, InterviewStatus status,
                            Integer durationMinutes, Boolean videoRecorded);

    /** Interviews planned over warnings among the persons the user sees, newest first. */
    List<Interview> plannedOverWarnings(CurrentUser user);

    /** Risk assessments, newest first; details decrypted (and the read audited) for those who manage the person. */
    List<RiskAssessment> risks(CurrentUser user, long personId);

    long assessRisk(CurrentUser user, long personId, NewRisk risk);

    /** The latest assessment of each person the user sees whose review date has passed. */
    List<RiskAssessment> overdueReviews(CurrentUser user);

    List<StatusApplication> statusApplications(CurrentUser user, long personId);

    long applyForStatus(CurrentUser user, long personId, LocalDate appliedOn, LocalDate interviewOn, String bodyCode);

    /** Records the decision; {@code validUntil} defaults to two years from the decision and may not exceed it. */
    void decideStatus(CurrentUser user, long personId, long applicationId, StatusDecision decision, LocalDate decidedOn,
                      LocalDate validUntil);

    /** The one extension: recorded within validity, by at most one year. */
    void extendStatus(CurrentUser user, long personId, long applicationId, LocalDate extendedOn, LocalDate extendedUntil);

    /** An appeal against a refusal. */
    void appealStatus(CurrentUser user, long personId, long applicationId, LocalDate appealOn, String court,
                      String outcome);

    List<DecidingBody> decidingBodies();
}
