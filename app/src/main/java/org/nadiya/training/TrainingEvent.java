package org.nadiya.training;

import java.time.LocalDate;
import java.util.List;

/** An event with its topics and the number of persons who took part. */
public record TrainingEvent(long id, EventKind kind, String title, LocalDate startsOn, LocalDate endsOn, String place,
                            EventFormat format, String organisers, String funders, String hosts, List<String> topics,
                            int participants) {

    /** The event's days, first to last. */
    public List<LocalDate> days() {
        return startsOn.datesUntil(endsOn.plusDays(1)).toList();
    }
}
