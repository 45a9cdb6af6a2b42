package org.nadiya.links.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.nadiya.links.AccessState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the notices of hits: what is newer than the user's read mark, and requests waiting for a decision. */
@Repository
class NoticeStore {

    /** A hit of one of the proceedings, with its latest request if any (null fields otherwise). */
    record Event(long hitId, String kind, long proceedingA, long proceedingB, Instant foundAt, Long requestId,
                 long fromProceeding, String requestedBy, String requestReason, AccessState state, String decidedBy,
                 String decisionReason, Instant requestedAt, Instant decidedAt, Instant seenAt) {

        long other(long own) {
            return own == proceedingA ? proceedingB : proceedingA;
        }
    }

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Hits of the given proceedings with their latest request and the user's read mark, newest first. */
    List<Event> events(long userId, Collection<Long> proceedings, int limit) {
        if (proceedings.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select h.id, h.kind, h.proceeding_a, h.proceeding_b, h.created_at, r.id request_id, r.from_proceeding,
                       r.requested_by, r.request_reason, r.state, r.decided_by, r.decision_reason, r.requested_at,
                       r.decided_at, s.seen_at
                from link_hit h
                left join link_access_request r on r.id = (select max(l.id) from link_access_request l where l.hit_id = h.id)
                left join link_notice_seen s on s.hit_id = h.id and s.user_id = :u
                where h.proceeding_a in (:p) or h.proceeding_b in (:p)
                order by coalesce(r.decided_at, r.requested_at, h.created_at) desc, h.id desc""")
                .param("u", userId).param("p", proceedings)
                .query((rs, n) -> new Event(rs.getLong("id"), rs.getString("kind"), rs.getLong("proceeding_a"),
                        rs.getLong("proceeding_b"), instant(rs, "created_at"), rs.getObject("request_id", Long.class),
                        rs.getLong("from_proceeding"), rs.getString("requested_by"), rs.getString("request_reason"),
                        rs.getString("state") == null ? null : AccessState.valueOf(rs.getString("state")),
                        rs.getString("decided_by"), rs.getString("decision_reason"), instant(rs, "requested_at"),
                        instant(rs, "decided_at"), instant(rs, "seen_at")))
                .stream().limit(limit).toList();
    }

    void markRead(long userId, long hitId, Instant at) {
        int updated = jdbc.sql("update link_notice_seen set seen_at = :at where user_id = :u and hit_id = :h")
                .param("at", utc(at)).param("u", userId).param("h", hitId).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into link_notice_seen (user_id, hit_id, seen_at) values (:u, :h, :at)")
                        .param("at", utc(at)).param("u", userId).param("h", hitId).update();
            } catch (org.springframework.dao.DuplicateKeyException markedMeanwhile) {
                // the same user marked it in a parallel request: the mark is there, which is all that was asked
            }
        }
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        var at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
