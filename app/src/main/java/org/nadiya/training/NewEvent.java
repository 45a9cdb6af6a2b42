package org.nadiya.training;

import java.time.LocalDate;
import java.util.Set;

/** A new event as entered; {@code hosts} are the host institutions of a study visit. */
public record NewEvent(EventKind kind, String title, LocalDate startsOn, LocalDate endsOn, String place,
                       EventFormat format, String organisers, String funders, String hosts, Set<String> topics) {
}
