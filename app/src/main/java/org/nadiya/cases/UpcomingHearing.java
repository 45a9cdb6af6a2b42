package org.nadiya.cases;

import java.time.LocalDate;

/** A court hearing of a proceeding (date and court only), for the support coordinator who accompanies the person. */
public record UpcomingHearing(long proceedingId, LocalDate heldOn, String court) {
}
