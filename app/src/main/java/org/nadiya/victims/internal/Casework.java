package org.nadiya.victims.internal;

import java.time.LocalDate;

import org.nadiya.victims.CaseStatus;
import org.nadiya.victims.ClosureReason;
import org.nadiya.victims.ServiceType;

/** The records of a person's casework as pages and the API show them (texts decrypted only for those who manage). */
final class Casework {

    private Casework() {
    }

    enum GoalStatus { OPEN, ACHIEVED, DROPPED }

    enum Channel { IN_PERSON, PHONE, MESSENGER, VIDEO, LETTER, THROUGH_REPRESENTATIVE }

    record State(CaseStatus status, LocalDate closedOn, ClosureReason closureReason) {
    }

    record Goal(long id, ServiceType area, String goal, LocalDate targetOn, GoalStatus status, LocalDate doneOn,
                String createdBy, boolean overdue) {
    }

    record Contact(long id, LocalDate contactedOn, Channel channel, boolean reached, String note, LocalDate followUpOn,
                   String recordedBy) {
    }
}
