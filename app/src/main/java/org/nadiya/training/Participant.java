package org.nadiya.training;

import java.time.LocalDate;
import java.util.List;

/** A participant of an event as its organisers see it (the name is decrypted for them only). */
public record Participant(long personId, String name, String agencyCode, OfficialRole role, Level level,
                          String regionCode, List<LocalDate> daysAttended, Integer preScore, Integer postScore) {

    public Integer gain() {
        return preScore == null || postScore == null ? null : postScore - preScore;
    }
}
