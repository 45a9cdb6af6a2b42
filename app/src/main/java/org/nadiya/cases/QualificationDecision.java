package org.nadiya.cases;

import java.time.Instant;

/**
 * A prosecutor's qualification of a proceeding next to the assistant's advice: {@code proposed} is "149.2" or
 * null when the facts do not make Art. 149; a decision that leaves the advice carries the reason.
 */
public record QualificationDecision(long id, String factsJson, String proposed, String grounds,
                                    InvestigativeBody suggestedBody, String decided, String overrideReason,
                                    String decidedBy, Instant decidedAt) {

    public boolean overridesAdvice() {
        return overrideReason != null;
    }
}
