package org.nadiya.referrals;

import java.time.LocalDate;

import org.nadiya.cases.Stage;

/** A coordinator must tell a person that a proceeding they take part in changed stage; shown until acknowledged. */
public record StageNotification(long id, long personId, long proceedingId, Stage from, Stage to, LocalDate on) {
}
