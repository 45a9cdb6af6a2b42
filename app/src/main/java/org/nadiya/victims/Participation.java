package org.nadiya.victims;

import java.time.LocalDate;

/** A person's part in one proceeding. */
public record Participation(long proceedingId, PersonKind role, LocalDate addedOn, String addedBy) {
}
