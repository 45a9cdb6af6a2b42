package org.nadiya.links.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.nadiya.links.AccessState;
import org.nadiya.match.identifiers.IdentifierKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for hits and the requests to open them. */
@Repository
class HitStore {

    private final JdbcClient jdbc;

    HitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code kind} is null for a name hit, which has the persons of both sides and a score instead. */
    record HitRow(long id, IdentifierKind kind, String matchKey, long proceedingA, long proceedingB,
                  boolean transnational, Instant createdAt, Long personA, Long personB, String pseudonymA,
                  String pseudonymB, Double score) {

        long other(long own) {
            return own == proceedingA ? proceedingB : proceedingA;
        }

        boolean name() {
            return kind == null;
        }

        Long ownPerson(long own) {
            return own == proceedingA ? personA : personB;
        }

        String ownPseudonym(long own) {
            return own == proceedingA ? pseudonymA : pseudonymB;
        }
    }

    static final String NAME_KIND = "PERSON_NAME";

    record RequestRow(long id, long hitId, long fromProceeding, String requestedBy, String requestReason,
                      AccessState state, String decidedBy, String decisionReason, Instant requestedAt) {
    }

    private static final String HIT = "select id, kind, match_key, proceeding_a, proceeding_b, transnational, created_at,"
            + " person_a, person_b, pseudonym_a, pseudonym_b, score from link_hit ";
    private static final String REQUEST = "select id, hit_id, from_proceeding, requested_by, request_reason, state,"
            + " decided_by, decision_reason, requested_at from link_access_request ";

    /** Stores the hit unless the pair already has one for the key; returns the new id. */
    Optional<Long> insertIfAbsent(IdentifierKind kind, String matchKey, long p, long q, boolean transnational, Instant at) {
        long a = Math.min(p, q);
        long b = Math.max(p, q);
        long existing = jdbc.sql("select count(*) from link_hit where match_key = :k and proceeding_a = :a and proceeding_b = :b")
                .param("k", matchKey).param("a", a).param("b", b).query(Long.class).single();
        if (existing > 0) {
            return Optional.empty();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into link_hit (kind, match_key, proceeding_a, proceeding_b, transnational, created_at)"
                        + " values (:kind, :k, :a, :b, :t, :at)")
                .param("kind", kind.name()).param("k", matchKey).param("a", a).param("b", b).param("t", transnational)
                .param("at", utc(at)).update(keys, "id");
        return Optional.of(keys.getKey().longValue());
    }

    /**
     * Stores a name hit between person {@code p} of proceeding {@code pp} and person {@code q} of proceeding
     * {@code qp}, unless that pair of persons already has one in that pair of proceedings; returns the new id.
     */
    Optional<Long> insertNameIfAbsent(long pp, long p, String pPseudonym, long qp, long q, String qPseudonym,
                                      double score, boolean transnational, Instant at) {
        boolean ordered = pp < qp;
        long a = ordered ? pp : qp;
        long b = ordered ? qp : pp;
        long personA = ordered ? p : q;
        long personB = ordered ? q : p;
        String key = "NAME:" + personA + ":" + personB;
        long existing = jdbc.sql("select count(*) from link_hit where match_key = :k and proceeding_a = :a and proceeding_b = :b")
                .param("k", key).param("a", a).param("b", b).query(Long.class).single();
        if (existing > 0) {
            return Optional.empty();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into link_hit (kind, match_key, proceeding_a, proceeding_b, transnational, created_at, person_a,"
                        + " person_b, pseudonym_a, pseudonym_b, score) values (:kind, :k, :a, :b, :t, :at, :pa, :pb, :sa, :sb, :s)")
                .param("kind", NAME_KIND).param("k", key).param("a", a).param("b", b).param("t", transnational)
                .param("at", utc(at)).param("pa", personA).param("pb", personB)
                .param("sa", ordered ? pPseudonym : qPseudonym).param("sb", ordered ? qPseudonym : pPseudonym)
                .param("s", java.math.BigDecimal.valueOf(score).setScale(3, java.math.RoundingMode.DOWN))
                .update(keys, "id");
        return Optional.of(keys.getKey().longValue());
    }

    List<HitRow> ofProceeding(long proceedingId) {
        return jdbc.sql(HIT + "where proceeding_a = :p or proceeding_b = :p order by created_at desc, id desc")
                .param("p", proceedingId).query(this::mapHit).list();
    }

    Optional<HitRow> hit(long id) {
        return jdbc.sql(HIT + "where id = :id").param("id", id).query(this::mapHit).optional();
    }

    long insertRequest(long hitId, long fromProceeding, String by, String reason, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into link_access_request (hit_id, from_proceeding, requested_by, request_reason, state,"
                        + " requested_at) values (:h, :p, :by, :r, 'REQUESTED', :at)")
                .param("h", hitId).param("p", fromProceeding).param("by", by).param("r", reason).param("at", utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<RequestRow> latestRequest(long hitId) {
        return jdbc.sql(REQUEST + "where hit_id = :h order by requested_at desc, id desc").param("h", hitId)
                .query(this::mapRequest).stream().findFirst();
    }

    Optional<RequestRow> request(long id) {
        return jdbc.sql(REQUEST + "where id = :id").param("id", id).query(this::mapRequest).optional();
    }

    boolean opened(long hitId) {
        return jdbc.sql("select count(*) from link_access_request where hit_id = :h and state = 'ACCEPTED'")
                .param("h", hitId).query(Long.class).single() > 0;
    }

    /** Decides a waiting request; false when it was decided already (by someone else meanwhile). */
    boolean decide(long id, AccessState state, String by, String reason, Instant at) {
        return jdbc.sql("update link_access_request set state = :s, decided_by = :by, decision_reason = :r,"
                        + " decided_at = :at where id = :id and state = 'REQUESTED'")
                .param("s", state.name()).param("by", by).param("r", reason).param("at", utc(at)).param("id", id)
                .update() == 1;
    }

    private HitRow mapHit(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String kind = rs.getString(2);
        var score = rs.getBigDecimal(12);
        return new HitRow(rs.getLong(1), NAME_KIND.equals(kind) ? null : IdentifierKind.valueOf(kind), rs.getString(3),
                rs.getLong(4), rs.getLong(5), rs.getBoolean(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                rs.getObject(8, Long.class), rs.getObject(9, Long.class), rs.getString(10), rs.getString(11),
                score == null ? null : score.doubleValue());
    }

    private RequestRow mapRequest(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RequestRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                AccessState.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                rs.getObject(9, OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
