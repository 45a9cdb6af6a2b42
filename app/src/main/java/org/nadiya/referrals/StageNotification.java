package org.nadiya.referrals;

import java.time.LocalDate;

import org.nadiya.cases.Stage;

/**
 * A person a coordinator must tell that a proceeding they take part in changed stage (the duty to inform): one row
 * per person and change, shown until the coordinator records how and when the person was told.
 *
 * @param pseudonym  the person, by pseudonym only
 * @param erdrNumber the proceeding's number in the Unified Register of Pre-trial Investigations
 * @param on         the day the stage changed
 * @param dueOn      the day by which the person should be told (the rule {@code nadiya.referrals.inform-days})
 */
public record StageNotification(long id, long personId, String pseudonym, long proceedingId, String erdrNumber,
                                Stage from, Stage to, LocalDate on, LocalDate dueOn, boolean overdue) {
}
