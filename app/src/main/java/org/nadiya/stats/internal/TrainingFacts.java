package org.nadiya.stats.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only place the statistics read the training module's tables (read-only, never a name or contact column; see
 * decision 0018): participations and distinct participants of the events that start in the period, the same rule
 * as the training module's own report. A person's agency, role, level and region are those the training module
 * keeps (their latest event's).
 */
@Component
class TrainingFacts {

    /** The region code of central-level participants: a level, not a region (never counted among regions). */
    static final String CENTRAL = "UA";

    private final JdbcClient jdbc;

    TrainingFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One fact per participation: a person at one event. */
    List<Fact> participations(LocalDate from, LocalDate to) {
        var period = new Period(from, to);
        Map<Long, List<String>> topics = topics(period);
        return jdbc.sql("select e.id, e.kind, e.format, e.starts_on, p.agency_code, p.role, p.level, p.region_code"
                        + " from training_participation t join training_event e on e.id = t.event_id"
                        + " join training_person p on p.id = t.person_id where 1 = 1" + period.on("e.starts_on"))
                .params(period.params())
                .query((rs, n) -> {
                    LocalDate starts = rs.getDate("starts_on").toLocalDate();
                    Map<String, List<String>> v = person(rs.getString("agency_code"), rs.getString("role"),
                            rs.getString("level"), rs.getString("region_code"));
                    v.put("event_kind", List.of(rs.getString("kind")));
                    v.put("format", List.of(rs.getString("format")));
                    v.put("topic", topics.getOrDefault(rs.getLong("id"), List.of(StatsTable.UNKNOWN)));
                    v.put("year", List.of(Integer.toString(starts.getYear())));
                    return new Fact(starts, v);
                }).list();
    }

    /**
     * One fact per person who took part in an event of the period, however many events or days: event kinds,
     * topics and years are the person's over those events (multi-valued).
     */
    List<Fact> participants(LocalDate from, LocalDate to) {
        var period = new Period(from, to);
        Map<Long, List<String>> topics = topics(period);
        Map<Long, PersonEvents> persons = new HashMap<>();
        jdbc.sql("select t.person_id, e.id, e.kind, e.format, e.starts_on, p.agency_code, p.role, p.level,"
                        + " p.region_code from training_participation t join training_event e on e.id = t.event_id"
                        + " join training_person p on p.id = t.person_id where 1 = 1" + period.on("e.starts_on"))
                .params(period.params())
                .query((rs, n) -> {
                    var values = person(rs.getString("agency_code"), rs.getString("role"), rs.getString("level"),
                            rs.getString("region_code"));
                    var person = persons.computeIfAbsent(rs.getLong("person_id"), k -> new PersonEvents(values));
                    person.add(rs.getDate("starts_on").toLocalDate(), rs.getString("kind"), rs.getString("format"),
                            topics.getOrDefault(rs.getLong("id"), List.of(StatsTable.UNKNOWN)));
                    return person;
                }).list();
        return persons.values().stream().map(PersonEvents::fact).toList();
    }

    private Map<Long, List<String>> topics(Period period) {
        Map<Long, List<String>> topics = new HashMap<>();
        jdbc.sql("select et.event_id, et.topic from training_event_topic et join training_event e on e.id = et.event_id"
                        + " where 1 = 1" + period.on("e.starts_on"))
                .params(period.params())
                .query((rs, n) -> topics.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return topics;
    }

    private static Map<String, List<String>> person(String agency, String role, String level, String region) {
        Map<String, List<String>> v = new HashMap<>();
        v.put("agency", List.of(agency));
        v.put("role", List.of(role));
        v.put("level", List.of(level));
        v.put("region", List.of(region));
        return v;
    }

    /** A participant's events in the period, gathered into one fact. */
    private static final class PersonEvents {

        private final Map<String, List<String>> values;
        private final TreeSet<String> kinds = new TreeSet<>();
        private final TreeSet<String> formats = new TreeSet<>();
        private final TreeSet<String> topics = new TreeSet<>();
        private final TreeSet<String> years = new TreeSet<>();
        private LocalDate first;

        PersonEvents(Map<String, List<String>> values) {
            this.values = values;
        }

        void add(LocalDate starts, String kind, String format, List<String> eventTopics) {
            first = first == null || starts.isBefore(first) ? starts : first;
            kinds.add(kind);
            formats.add(format);
            topics.addAll(eventTopics);
            years.add(Integer.toString(starts.getYear()));
        }

        Fact fact() {
            Map<String, List<String>> v = new HashMap<>(values);
            v.put("event_kind", List.copyOf(kinds));
            v.put("format", List.copyOf(formats));
            v.put("topic", List.copyOf(topics));
            v.put("year", List.copyOf(years));
            return new Fact(first, v);
        }
    }
}
