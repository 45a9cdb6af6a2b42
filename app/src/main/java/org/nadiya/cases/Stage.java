package org.nadiya.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Stages of a proceeding (CPC Arts. 214, 278, 291, 280, 284) and the moves allowed between them. Resuming a
 * suspended proceeding returns it to the stage it was suspended from; that is checked by the service.
 */
public enum Stage {
    REGISTERED,
    SUSPICION_NOTIFIED,
    INDICTMENT_SENT,
    TRIAL,
    VERDICT_CONVICTION,
    VERDICT_ACQUITTAL,
    APPEAL,
    SUSPENDED,
    CLOSED;

    public Set<Stage> next() {
        return switch (this) {
            case REGISTERED -> EnumSet.of(SUSPICION_NOTIFIED, SUSPENDED, CLOSED);
            case SUSPICION_NOTIFIED -> EnumSet.of(INDICTMENT_SENT, SUSPENDED, CLOSED);
            case INDICTMENT_SENT -> EnumSet.of(TRIAL, CLOSED);
            case TRIAL -> EnumSet.of(VERDICT_CONVICTION, VERDICT_ACQUITTAL, CLOSED);
            case VERDICT_CONVICTION, VERDICT_ACQUITTAL -> EnumSet.of(APPEAL);
            case APPEAL -> EnumSet.of(VERDICT_CONVICTION, VERDICT_ACQUITTAL);
            case SUSPENDED -> EnumSet.of(REGISTERED, SUSPICION_NOTIFIED, CLOSED);
            case CLOSED -> EnumSet.noneOf(Stage.class);
        };
    }

    public boolean canMoveTo(Stage target) {
        return next().contains(target);
    }

    /** Stages in which the pre-trial investigation runs and its time limit counts. */
    public boolean pretrial() {
        return this == REGISTERED || this == SUSPICION_NOTIFIED || this == SUSPENDED;
    }
}
