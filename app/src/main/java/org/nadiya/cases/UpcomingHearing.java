package org.nadiya.cases;

import java.time.LocalDate;

/** A court hearing ahead, for the support coordinator who accompanies the person (date and court only). */
public record UpcomingHearing(long proceedingId, LocalDate heldOn, String court) {
}
