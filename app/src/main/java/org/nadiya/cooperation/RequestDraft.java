package org.nadiya.cooperation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A new request as the user enters it. {@code persons} are pseudonyms of persons linked to the proceeding;
 * {@code reference} is the outgoing number (or the foreign one for an incoming request) — consents to share a
 * person's identity with a foreign authority name it.
 */
public record RequestDraft(String reference, Direction direction, RequestKind kind, String countryCode,
                           String authority, String legalBasis, Set<String> subjects, Long proceedingId,
                           List<String> persons, String summary, String language, Translation translation,
                           LocalDate draftedOn, LocalDate expectedAnswerOn) {
}
