package org.nadiya.training.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nadiya.training.ReportDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Report queries over the events that start in a period; persons are counted once however often they came. */
@Repository
class ReportStore {

    private static final String IN_PERIOD = "select distinct t.person_id from training_participation t"
            + " join training_event e on e.id = t.event_id where e.starts_on between :from and :to";

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int events(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from training_event where starts_on between :from and :to")
                .param("from", from).param("to", to).query(Integer.class).single();
    }

    int persons(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from (" + IN_PERIOD + ") x").param("from", from).param("to", to)
                .query(Integer.class).single();
    }

    int regions(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(distinct p.region_code) from training_person p where p.region_code <> 'UA'"
                        + " and p.id in (" + IN_PERIOD + ")")
                .param("from", from).param("to", to).query(Integer.class).single();
    }

    /** Distinct persons by a column of training_person (named by the caller from a fixed set). */
    Map<String, Integer> by(String column, LocalDate from, LocalDate to) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.sql("select p." + column + ", count(*) from training_person p where p.id in (" + IN_PERIOD + ")"
                        + " group by p." + column)
                .param("from", from).param("to", to)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    /** Agencies with participants in the period and none in any event that started before it. */
    List<String> firstTimeAgencies(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select distinct p.agency_code from training_person p where p.id in (%s)
                and p.agency_code not in (
                  select q.agency_code from training_person q join training_participation t on t.person_id = q.id
                  join training_event e on e.id = t.event_id where e.starts_on < :from)
                order by p.agency_code
                """.formatted(IN_PERIOD)).param("from", from).param("to", to).query(String.class).list();
    }

    List<ReportDetails.TopicGain> gains(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select et.topic, count(*), avg(cast(t.post_score - t.pre_score as double precision))
                from training_participation t join training_event e on e.id = t.event_id
                join training_event_topic et on et.event_id = e.id join training_topic tt on tt.code = et.topic
                where e.starts_on between :from and :to and t.pre_score is not null and t.post_score is not null
                group by et.topic, tt.position order by tt.position
                """).param("from", from).param("to", to)
                .query((rs, n) -> new ReportDetails.TopicGain(rs.getString(1), rs.getInt(2),
                        Math.round(rs.getDouble(3) * 10) / 10.0)).list();
    }
}
