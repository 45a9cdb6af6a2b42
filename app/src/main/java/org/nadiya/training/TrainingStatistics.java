package org.nadiya.training;

import java.time.LocalDate;
import java.util.List;

import org.nadiya.disclosure.Unit;

/**
 * The training module's published read model for statistics (decision 0036; the statistics module reads no training
 * table). Units are those of the events that start in the period (both bounds null: all), never with a name or a
 * contact; a person's agency, role, level and region are those the module keeps (their latest event's). Values:
 * {@code agency}, {@code region} (oblast code, {@code UA} for the central level), {@code role}, {@code level},
 * {@code event_kind}, {@code format}, {@code topic} (curriculum codes), {@code year}, {@code quarter}, {@code month}.
 */
public interface TrainingStatistics {

    /** The region code of central-level participants: a level, not a region. */
    String CENTRAL = "UA";

    /** One unit per participation: a person at one event. */
    List<Unit> participations(LocalDate from, LocalDate to);

    /**
     * One unit per person who took part in an event of the period, however many events or days: event kinds,
     * formats, topics and calendar values are the person's over those events (several values).
     */
    List<Unit> participants(LocalDate from, LocalDate to);
}
