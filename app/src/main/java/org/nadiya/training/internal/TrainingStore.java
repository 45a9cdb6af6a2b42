package org.nadiya.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.nadiya.training.EventFormat;
import org.nadiya.training.EventKind;
import org.nadiya.training.Level;
import org.nadiya.training.NewEvent;
import org.nadiya.training.OfficialRole;
import org.nadiya.training.Topic;
import org.nadiya.training.TrainingEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for events, persons, participations and attendance. Names arrive and leave encrypted. */
@Repository
class TrainingStore {

    /** A stored person with the name still encrypted. */
    record PersonRow(long id, String key, String nameEnc, String agencyCode, OfficialRole role, Level level,
                     String regionCode) {
    }

    /** A participation row with the person's stored fields. */
    record ParticipationRow(PersonRow person, Integer pre, Integer post) {
    }

    private final JdbcClient jdbc;

    TrainingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Topic> topics() {
        return jdbc.sql("select code, name_uk, name_en from training_topic order by position")
                .query((rs, n) -> new Topic(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    long insertEvent(NewEvent e, String by, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into training_event (kind, title, starts_on, ends_on, place, format, organisers, funders, hosts,
                  created_by, created_at)
                values (:kind, :title, :starts, :ends, :place, :format, :organisers, :funders, :hosts, :by, :now)
                """)
                .param("kind", e.kind().name()).param("title", e.title()).param("starts", e.startsOn())
                .param("ends", e.endsOn()).param("place", e.place()).param("format", e.format().name())
                .param("organisers", e.organisers()).param("funders", e.funders()).param("hosts", e.hosts())
                .param("by", by).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update(keys, "id");
        long id = keys.getKey().longValue();
        for (String topic : e.topics()) {
            jdbc.sql("insert into training_event_topic (event_id, topic) values (:e, :t)").param("e", id).param("t", topic)
                    .update();
        }
        return id;
    }

    List<TrainingEvent> events() {
        return jdbc.sql("select id from training_event order by starts_on desc, id desc").query(Long.class).list()
                .stream().map(this::event).flatMap(Optional::stream).toList();
    }

    Optional<TrainingEvent> event(long id) {
        return jdbc.sql("""
                select id, kind, title, starts_on, ends_on, place, format, organisers, funders, hosts,
                  (select count(*) from training_participation p where p.event_id = e.id) as participants
                from training_event e where id = :id
                """).param("id", id)
                .query((rs, n) -> new TrainingEvent(rs.getLong("id"), EventKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getString("place"),
                        EventFormat.valueOf(rs.getString("format")), rs.getString("organisers"), rs.getString("funders"),
                        rs.getString("hosts"), topicsOf(id), rs.getInt("participants")))
                .optional();
    }

    private List<String> topicsOf(long eventId) {
        return jdbc.sql("select t.code from training_event_topic e join training_topic t on t.code = e.topic"
                        + " where e.event_id = :e order by t.position")
                .param("e", eventId).query(String.class).list();
    }

    List<PersonRow> personsOfAgency(String agencyCode) {
        return jdbc.sql("select id, person_key, name_enc, agency_code, role, level, region_code from training_person"
                        + " where agency_code = :a")
                .param("a", agencyCode).query((rs, n) -> person(rs, 0)).list();
    }

    long insertPerson(String key, String nameEnc, String contactEnc, String agency, OfficialRole role, Level level,
                      String region) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into training_person (person_key, name_enc, contact_enc, agency_code, role, level, region_code)"
                        + " values (:k, :n, :c, :a, :r, :l, :g)")
                .param("k", key).param("n", nameEnc).param("c", contactEnc).param("a", agency).param("r", role.name())
                .param("l", level.name()).param("g", region).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A returning person's current post: role, level and region follow their latest event. */
    void updatePost(long personId, OfficialRole role, Level level, String region) {
        jdbc.sql("update training_person set role = :r, level = :l, region_code = :g where id = :id")
                .param("r", role.name()).param("l", level.name()).param("g", region).param("id", personId).update();
    }

    boolean participates(long eventId, long personId) {
        return jdbc.sql("select count(*) from training_participation where event_id = :e and person_id = :p")
                .param("e", eventId).param("p", personId).query(Long.class).single() > 0;
    }

    void insertParticipation(long eventId, long personId, Integer pre, Integer post, List<LocalDate> days) {
        jdbc.sql("insert into training_participation (event_id, person_id, pre_score, post_score) values (:e, :p, :pre, :post)")
                .param("e", eventId).param("p", personId).param("pre", pre).param("post", post).update();
        for (LocalDate day : days) {
            jdbc.sql("insert into training_attendance (event_id, person_id, attended_on) values (:e, :p, :d)")
                    .param("e", eventId).param("p", personId).param("d", day).update();
        }
    }

    List<ParticipationRow> participations(long eventId) {
        return jdbc.sql("""
                select p.id, p.person_key, p.name_enc, p.agency_code, p.role, p.level, p.region_code, t.pre_score, t.post_score
                from training_participation t join training_person p on p.id = t.person_id
                where t.event_id = :e order by p.agency_code, p.region_code, p.id
                """).param("e", eventId)
                .query((rs, n) -> new ParticipationRow(person(rs, 0), rs.getObject("pre_score", Integer.class),
                        rs.getObject("post_score", Integer.class))).list();
    }

    List<LocalDate> days(long eventId, long personId) {
        return jdbc.sql("select attended_on from training_attendance where event_id = :e and person_id = :p order by attended_on")
                .param("e", eventId).param("p", personId).query(LocalDate.class).list();
    }

    private static PersonRow person(java.sql.ResultSet rs, int unused) throws java.sql.SQLException {
        return new PersonRow(rs.getLong("id"), rs.getString("person_key"), rs.getString("name_enc"),
                rs.getString("agency_code"), OfficialRole.valueOf(rs.getString("role")), Level.valueOf(rs.getString("level")),
                rs.getString("region_code"));
    }
}
