package org.nadiya.victims;

import java.time.LocalDate;
import java.util.List;

import org.nadiya.security.CurrentUser;

/**
 * The victims and witnesses of a proceeding as its team sees them: pseudonym, role in the proceeding, the
 * responsible coordinator (work contact) and where the person's victim status stands. Only the persons the user
 * may know exist (the register's one policy); nothing of their identity.
 */
public interface ProceedingPersons {

    /** Where the person's application for victim status stands, from the latest application. */
    enum VictimStatus { NONE, PENDING, GRANTED, ENDED, REFUSED }

    /** One person of the proceeding; {@code coordinatorName} null when no coordinator answers for the person. */
    record Line(long personId, String pseudonym, PersonKind role, boolean child, String coordinatorName,
                String coordinatorEmail, VictimStatus victimStatus, LocalDate statusSince, LocalDate statusEndsOn) {
    }

    /** For the API: the proceeding checked first (404, audited, for one the user does not see). */
    List<Line> of(CurrentUser user, long proceedingId);

    /** For a page or module that has checked the proceeding itself. */
    List<Line> seenBy(CurrentUser user, long proceedingId);
}
