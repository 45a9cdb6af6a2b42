package org.nadiya.victims;

import java.time.LocalDate;

/**
 * One contact of a person with the justice system: an interview or questioning of the person, or a court hearing
 * of a proceeding the person takes part in (date and court only; nothing else of the proceeding).
 *
 * @param kind         {@code INTERVIEW} or {@code HEARING}
 * @param interviewId  the interview, for {@code INTERVIEW}
 * @param proceedingId the proceeding, for {@code HEARING}
 * @param detail       the interview's purpose, or the hearing's court
 */
public record JusticeContact(LocalDate on, Kind kind, Long interviewId, Long proceedingId, String detail) {

    public enum Kind {
        INTERVIEW,
        HEARING
    }
}
