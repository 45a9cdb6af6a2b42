package org.nadiya.victims;

import java.time.LocalDate;
import java.util.Set;

/**
 * One interview or questioning of a person, planned or logged.
 *
 * @param warnings       the warnings that applied when it was planned (empty when none)
 * @param overrideReason why it was planned despite them (null when none applied)
 */
public record Interview(long id, long personId, LocalDate scheduledOn, String conductedBy, InterviewPurpose purpose,
                        boolean videoRecorded, boolean psychologist, boolean legalRepresentative, boolean barnahus,
                        InterviewStatus status, Integer durationMinutes, Set<InterviewWarning> warnings,
                        String overrideReason, String plannedBy) {

    public boolean overWarnings() {
        return !warnings.isEmpty();
    }
}
