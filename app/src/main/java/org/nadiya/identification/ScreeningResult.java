package org.nadiya.identification;

import java.time.LocalDate;
import java.util.List;

import org.nadiya.identification.indicators.AgeBand;
import org.nadiya.identification.indicators.Indicator;
import org.nadiya.identification.indicators.NextStep;
import org.nadiya.identification.indicators.Signal;

/**
 * A stored screening with its guidance. {@code ref} is its unguessable reference (links, the API);
 * {@code clientRef}, {@code handoverId} and {@code proceedingId} are shown only to the officer who made it; the rest
 * is the anonymous record.
 */
public record ScreeningResult(long id, String ref, String clientRef, String catalogueVersion, String regionCode,
                              String agencyCode, Setting setting, AgeBand age, Signal signal, boolean childPath,
                              int score, int unknowns, List<Indicator> led, List<NextStep> steps, boolean consent,
                              Long handoverId, Long proceedingId, LocalDate recordedOn) {
}
