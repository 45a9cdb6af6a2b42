package org.nadiya.links.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for organisations of proceedings; names as stored (ciphertexts). */
@Repository
class OrganisationStore {

    private final JdbcClient jdbc;

    OrganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, long proceedingId, String orgKey, String nameEnc, String createdBy, Instant createdAt) {
    }

    long insert(long proceedingId, String orgKey, String nameEnc, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into link_organisation (proceeding_id, org_key, name_enc, created_by, created_at)"
                        + " values (:p, :k, :n, :by, :at)")
                .param("p", proceedingId).param("k", orgKey).param("n", nameEnc).param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String SELECT = "select id, proceeding_id, org_key, name_enc, created_by, created_at"
            + " from link_organisation ";

    List<Row> ofProceeding(long proceedingId) {
        return jdbc.sql(SELECT + "where proceeding_id = :p order by id").param("p", proceedingId)
                .query(OrganisationStore::row).list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + "where id = :id").param("id", id).query(OrganisationStore::row).optional();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class).toInstant());
    }
}
