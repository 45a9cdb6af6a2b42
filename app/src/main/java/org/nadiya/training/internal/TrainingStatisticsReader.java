package org.nadiya.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.nadiya.disclosure.CalendarUnits;
import org.nadiya.disclosure.RecordKeys;
import org.nadiya.disclosure.Unit;
import org.nadiya.training.TrainingStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link TrainingStatistics} from the module's tables, read-only, never a name or contact column. */
@Component
class TrainingStatisticsReader implements TrainingStatistics {

    private static final String ROWS = "select t.person_id, e.id, e.kind, e.format, e.starts_on, p.agency_code, p.role,"
            + " p.level, p.region_code from training_participation t join training_event e on e.id = t.event_id"
            + " join training_person p on p.id = t.person_id where 1 = 1";

    private final JdbcClient jdbc;
    private final RecordKeys keys;

    TrainingStatisticsReader(JdbcClient jdbc, RecordKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    @Override
    public List<Unit> participations(LocalDate from, LocalDate to) {
        Map<Long, List<String>> topics = topics(from, to);
        return jdbc.sql(ROWS + period(from, to)).params(params(from, to))
                .query((rs, n) -> {
                    long event = rs.getLong("id");
                    long person = rs.getLong("person_id");
                    LocalDate starts = rs.getDate("starts_on").toLocalDate();
                    Map<String, List<String>> v = person(rs.getString("agency_code"), rs.getString("role"),
                            rs.getString("level"), rs.getString("region_code"));
                    v.put("event_kind", List.of(rs.getString("kind")));
                    v.put("format", List.of(rs.getString("format")));
                    v.put("topic", topics.getOrDefault(event, List.of(Unit.UNKNOWN)));
                    v.put("year", List.of(CalendarUnits.year(starts)));
                    v.put("quarter", List.of(CalendarUnits.quarter(starts)));
                    v.put("month", List.of(CalendarUnits.month(starts)));
                    return new Unit(person, keys.of("training-participation:" + event, person), v);
                }).list();
    }

    @Override
    public List<Unit> participants(LocalDate from, LocalDate to) {
        Map<Long, Map<String, TreeSet<String>>> persons = new LinkedHashMap<>();
        Map<Long, Map<String, List<String>>> fixed = new HashMap<>();
        for (Unit participation : participations(from, to)) {
            fixed.putIfAbsent(participation.id(), participation.values());
            var events = persons.computeIfAbsent(participation.id(), k -> new HashMap<>());
            for (String d : List.of("event_kind", "format", "topic", "year", "quarter", "month")) {
                events.computeIfAbsent(d, k -> new TreeSet<>()).addAll(participation.of(d));
            }
        }
        List<Unit> units = new ArrayList<>();
        persons.forEach((person, events) -> {
            Map<String, List<String>> v = new HashMap<>(fixed.get(person));
            events.forEach((d, values) -> v.put(d, List.copyOf(values)));
            units.add(new Unit(person, keys.of("training-person", person), v));
        });
        return units;
    }

    private Map<Long, List<String>> topics(LocalDate from, LocalDate to) {
        Map<Long, List<String>> topics = new HashMap<>();
        jdbc.sql("select et.event_id, et.topic from training_event_topic et join training_event e on e.id = et.event_id"
                        + " where 1 = 1" + period(from, to))
                .params(params(from, to))
                .query((rs, n) -> topics.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return topics;
    }

    private static String period(LocalDate from, LocalDate to) {
        return (from == null ? "" : " and e.starts_on >= :from") + (to == null ? "" : " and e.starts_on <= :to");
    }

    private static Map<String, Object> params(LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        if (from != null) {
            params.put("from", from);
        }
        if (to != null) {
            params.put("to", to);
        }
        return params;
    }

    private static Map<String, List<String>> person(String agency, String role, String level, String region) {
        Map<String, List<String>> v = new HashMap<>();
        v.put("agency", List.of(agency));
        v.put("role", List.of(role));
        v.put("level", List.of(level));
        v.put("region", List.of(region));
        return v;
    }
}
