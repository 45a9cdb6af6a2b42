package org.nadiya.victims.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.nadiya.kernel.InvalidInputException;
import org.nadiya.victims.Interview;
import org.nadiya.victims.InterviewPlan;
import org.nadiya.victims.InterviewStatus;
import org.nadiya.victims.InterviewWarning;
import org.nadiya.victims.StatusDecision;
import org.nadiya.victims.StatusWarning;

/** The rules of interviews and status applications, free of storage and access (unit-tested on their own). */
final class SupportRules {

    static final int EXPIRY_WARNING_DAYS = 30;

    private SupportRules() {
    }

    /**
     * Warnings before planning: a video-recorded testimony was already given; the person has been interviewed
     * (done or still planned, not cancelled) at least {@code threshold} times; for a child, no psychologist or no
     * legal representative in the plan — and a representative planned counts only if one is recorded for the child
     * (a linked person of kind LEGAL_REPRESENTATIVE, or the name recorded at registration); for a child, another
     * interview (not cancelled) at most {@code childRepeatDays} days before or after this one.
     */
    static Set<InterviewWarning> interviewWarnings(boolean child, boolean representativeRecorded,
                                                   Collection<Interview> previous, InterviewPlan plan, int threshold,
                                                   int childRepeatDays) {
        Set<InterviewWarning> warnings = EnumSet.noneOf(InterviewWarning.class);
        if (previous.stream().anyMatch(i -> i.status() == InterviewStatus.DONE && i.videoRecorded())) {
            warnings.add(InterviewWarning.RECORDED_TESTIMONY_EXISTS);
        }
        if (previous.stream().filter(i -> i.status() != InterviewStatus.CANCELLED).count() >= threshold) {
            warnings.add(InterviewWarning.THRESHOLD_REACHED);
        }
        if (child && !plan.psychologist()) {
            warnings.add(InterviewWarning.CHILD_NO_PSYCHOLOGIST);
        }
        if (child && !(plan.legalRepresentative() && representativeRecorded)) {
            warnings.add(InterviewWarning.CHILD_NO_LEGAL_REPRESENTATIVE);
        }
        if (child && plan.scheduledOn() != null && previous.stream().anyMatch(i -> i.status() != InterviewStatus.CANCELLED
                && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(i.scheduledOn(), plan.scheduledOn())) <= childRepeatDays)) {
            warnings.add(InterviewWarning.CHILD_REPEATED_INTERVIEW);
        }
        return warnings;
    }

    /** The decision is due one month after the interview. */
    static LocalDate decisionDue(LocalDate interviewOn) {
        return interviewOn == null ? null : interviewOn.plusMonths(1);
    }

    /** The status lasts up to two years from the decision. */
    static LocalDate maxValidity(LocalDate decidedOn) {
        return decidedOn.plusYears(2);
    }

    /** The validity of a grant: two years by default, never beyond, always after the decision. */
    static LocalDate validUntil(LocalDate decidedOn, LocalDate requested) {
        if (requested == null) {
            return maxValidity(decidedOn);
        }
        if (!requested.isAfter(decidedOn)) {
            throw new InvalidInputException("validUntil", "error.victims.validUntil.afterDecision");
        }
        if (requested.isAfter(maxValidity(decidedOn))) {
            throw new InvalidInputException("validUntil", "error.victims.validUntil.max", maxValidity(decidedOn));
        }
        return requested;
    }

    /** The one extension: of a granted status, recorded within its validity, by at most one year. */
    static void checkExtension(StatusDecision decision, LocalDate validUntil, LocalDate alreadyExtendedOn,
                               LocalDate extendedOn, LocalDate extendedUntil) {
        if (decision != StatusDecision.GRANTED || validUntil == null) {
            throw new InvalidInputException("extendedUntil", "error.victims.extendedUntil.onlyGranted");
        }
        if (alreadyExtendedOn != null) {
            throw new InvalidInputException("extendedUntil", "error.victims.extendedUntil.once");
        }
        if (extendedOn == null) {
            throw new InvalidInputException("extendedOn", "error.victims.extendedOn.required");
        }
        if (extendedOn.isAfter(validUntil)) {
            throw new InvalidInputException("extendedOn", "error.victims.extendedOn.expired", validUntil);
        }
        if (extendedUntil == null || !extendedUntil.isAfter(validUntil)) {
            throw new InvalidInputException("extendedUntil", "error.victims.extendedUntil.afterEnd", validUntil);
        }
        if (extendedUntil.isAfter(validUntil.plusYears(1))) {
            throw new InvalidInputException("extendedUntil", "error.victims.extendedUntil.max", validUntil.plusYears(1));
        }
    }

    static Set<StatusWarning> statusWarnings(StatusDecision decision, LocalDate interviewOn, LocalDate endsOn,
                                             LocalDate today) {
        Set<StatusWarning> warnings = EnumSet.noneOf(StatusWarning.class);
        if (decision == StatusDecision.PENDING && interviewOn != null && today.isAfter(decisionDue(interviewOn))) {
            warnings.add(StatusWarning.DECISION_OVERDUE);
        }
        if (decision == StatusDecision.GRANTED && endsOn != null) {
            if (today.isAfter(endsOn)) {
                warnings.add(StatusWarning.EXPIRED);
            } else if (!today.plusDays(EXPIRY_WARNING_DAYS).isBefore(endsOn)) {
                warnings.add(StatusWarning.EXPIRING);
            }
        }
        return warnings;
    }
}
