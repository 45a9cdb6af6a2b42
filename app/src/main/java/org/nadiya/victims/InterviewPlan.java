package org.nadiya.victims;

import java.time.LocalDate;

/**
 * An interview to plan. {@code conductedBy} is free text: agency and role (e.g. "НПУ, слідчий").
 * {@code overrideReason} is required when warnings apply.
 */
public record InterviewPlan(LocalDate scheduledOn, String conductedBy, InterviewPurpose purpose, boolean videoRecorded,
                            boolean psychologist, boolean legalRepresentative, boolean barnahus, String overrideReason) {
}
