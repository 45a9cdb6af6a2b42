package org.nadiya.victims;

import java.time.LocalDate;
import java.util.Set;

/**
 * An application for the status of a person who suffered from trafficking (Law 3739-VI, Arts. 14-16).
 *
 * @param decisionDue   one month after the interview (null until the interview date is known)
 * @param endsOn        the day the status ends: the extension's end when extended, else {@code validUntil}
 */
public record StatusApplication(long id, long personId, LocalDate appliedOn, LocalDate interviewOn, String bodyCode,
                                StatusDecision decision, LocalDate decidedOn, LocalDate validUntil,
                                LocalDate extendedOn, LocalDate extendedUntil, LocalDate appealOn, String appealCourt,
                                String appealOutcome, String recordedBy, LocalDate decisionDue, LocalDate endsOn,
                                Set<StatusWarning> warnings) {
}
