package org.nadiya.links.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.nadiya.links.IdentifierSource;
import org.nadiya.links.LinkedIdentifier;
import org.nadiya.match.identifiers.IdentifierKind;
import org.nadiya.security.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for identifiers. The display is stored encrypted (bound to the row's value key), the match key keyed. */
@Repository
class IdentifierStore {

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    IdentifierStore(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    /** Inserts the row; {@code valueKey} names it in the encryption context of its value. */
    long insert(String valueKey, long proceedingId, Long personId, String pseudonym, Long organisationId,
                IdentifierKind kind, String matchKey, String display, IdentifierSource source, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into link_identifier (value_key, proceeding_id, person_id, person_pseudonym, organisation_id, kind,
                    match_key, display, source, created_by, created_at)
                values (:vk, :p, :person, :pseudonym, :org, :kind, :key, :display, :source, :by, :at)
                """)
                .param("vk", valueKey).param("p", proceedingId).param("person", personId).param("pseudonym", pseudonym)
                .param("org", organisationId)
                .param("kind", kind.name()).param("key", matchKey)
                .param("display", encryption.encrypt(display, LinkColumns.DISPLAY.context(valueKey)))
                .param("source", source.name()).param("by", by).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void storeValue(long id, String ciphertext) {
        jdbc.sql("update link_identifier set value_enc = :v where id = :id").param("v", ciphertext).param("id", id).update();
    }

    /** Whether the proceeding holds the key for that owner (a person, an organisation, or the proceeding itself). */
    boolean exists(long proceedingId, String matchKey, Long personId, Long organisationId) {
        var params = new java.util.HashMap<String, Object>();
        if (personId != null) {
            params.put("person", personId);
        }
        if (organisationId != null) {
            params.put("org", organisationId);
        }
        return jdbc.sql("select count(*) from link_identifier where proceeding_id = :p and match_key = :k and "
                        + (personId == null ? "person_id is null" : "person_id = :person") + " and "
                        + (organisationId == null ? "organisation_id is null" : "organisation_id = :org"))
                .param("p", proceedingId).param("k", matchKey).params(params)
                .query(Long.class).single() > 0;
    }

    private static final String SELECT = "select id, proceeding_id, person_id, person_pseudonym, kind, display, source,"
            + " created_by, created_at, organisation_id, value_key from link_identifier ";

    List<LinkedIdentifier> ofProceeding(long proceedingId) {
        return jdbc.sql(SELECT + "where proceeding_id = :p order by created_at desc, id desc").param("p", proceedingId)
                .query(this::row).list();
    }

    List<LinkedIdentifier> withKey(String matchKey) {
        return jdbc.sql(SELECT + "where match_key = :k order by created_at desc, id desc").param("k", matchKey)
                .query(this::row).list();
    }

    private LinkedIdentifier row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new LinkedIdentifier(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                        rs.getString(4), IdentifierKind.valueOf(rs.getString(5)),
                        encryption.decrypt(rs.getString(6), LinkColumns.DISPLAY.context(rs.getString(11))),
                        IdentifierSource.valueOf(rs.getString(7)), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getObject(10, Long.class));
    }

    /** Other proceedings holding the key: the candidates for a hit. */
    List<Long> otherProceedings(String matchKey, long excluding) {
        return jdbc.sql("select distinct proceeding_id from link_identifier where match_key = :k and proceeding_id <> :p")
                .param("k", matchKey).param("p", excluding).query(Long.class).list();
    }

    /** Which proceedings hold each of the keys: rows of (match key, kind, proceeding id), distinct. */
    List<Holder> holders(java.util.Collection<String> matchKeys) {
        if (matchKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct match_key, kind, proceeding_id from link_identifier where match_key in (:k)")
                .param("k", List.copyOf(matchKeys))
                .query((rs, n) -> new Holder(rs.getString(1), IdentifierKind.valueOf(rs.getString(2)), rs.getLong(3))).list();
    }

    record Holder(String matchKey, IdentifierKind kind, long proceedingId) {
    }

    /** The displays (masked for sensitive kinds) a proceeding holds for a key. */
    List<String> displays(long proceedingId, String matchKey) {
        return jdbc.sql("select value_key, display from link_identifier where proceeding_id = :p and match_key = :k")
                .param("p", proceedingId).param("k", matchKey)
                .query((rs, n) -> encryption.decrypt(rs.getString(2), LinkColumns.DISPLAY.context(rs.getString(1))))
                .list().stream().distinct().toList();
    }
}
