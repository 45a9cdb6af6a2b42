package org.nadiya.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.nadiya.referrals.Handover;
import org.nadiya.referrals.Priority;
import org.nadiya.victims.ServiceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for handovers to the Coordination Centre (joined with the need for its service and priority). */
@Repository
class HandoverStore {

    private static final String SELECT = """
            select h.*, n.category, n.priority from coordinator_handover h join need n on n.id = h.need_id""";

    private final JdbcClient jdbc;

    HandoverStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long personId, long needId, String region, String fromAgency, String origin, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into coordinator_handover (person_id, need_id, region_code, from_agency, origin, sent_at, sent_by)
                values (:person, :need, :region, :agency, :origin, :at, :by)""")
                .param("person", personId).param("need", needId).param("region", region).param("agency", fromAgency)
                .param("origin", origin).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("by", by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Handover> get(long id) {
        return jdbc.sql(SELECT + " where h.id = :id").param("id", id).query(HandoverStore::row).optional();
    }

    List<Handover> waiting() {
        return jdbc.sql(SELECT + " where h.taken_at is null order by h.sent_at, h.id").query(HandoverStore::row).list();
    }

    boolean take(long id, String by, Instant at) {
        return jdbc.sql("update coordinator_handover set taken_at = :at, taken_by = :by where id = :id and taken_at is null")
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("by", by).param("id", id)
                .update() == 1;
    }

    private static Handover row(ResultSet rs, int n) throws SQLException {
        var taken = rs.getObject("taken_at", OffsetDateTime.class);
        return new Handover(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("need_id"),
                ServiceType.valueOf(rs.getString("category")), Priority.valueOf(rs.getString("priority")),
                rs.getString("region_code"), rs.getString("from_agency"), rs.getString("origin"),
                rs.getObject("sent_at", OffsetDateTime.class).toInstant(), rs.getString("sent_by"),
                taken == null ? null : taken.toInstant(), rs.getString("taken_by"));
    }
}
