package org.nadiya.training;

import java.time.LocalDate;
import java.util.Set;

/**
 * A participant of one event. The same name in the same agency is the same person across events (reports count
 * persons, not attendances). Scores are 0–100 and optional.
 */
public record NewParticipant(String name, String contact, String agencyCode, OfficialRole role, Level level,
                             String regionCode, Set<LocalDate> days, Integer preScore, Integer postScore) {
}
