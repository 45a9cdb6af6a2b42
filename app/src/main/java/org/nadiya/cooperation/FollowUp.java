package org.nadiya.cooperation;

import java.time.LocalDate;

/** A reminder, call or partial answer recorded on a request. */
public record FollowUp(long id, LocalDate onDate, String note, String recordedBy) {
}
