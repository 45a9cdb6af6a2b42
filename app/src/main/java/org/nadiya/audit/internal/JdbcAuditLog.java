package org.nadiya.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.nadiya.audit.AuditEntry;
import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.AuditQuery;
import org.nadiya.audit.ChainVerification;
import org.nadiya.audit.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class JdbcAuditLog implements AuditLog {

    private static final int VERIFY_BATCH = 5_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate joinOrCreate;
    private final TransactionTemplate alwaysNew;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.joinOrCreate = new TransactionTemplate(transactions);
        this.alwaysNew = new TransactionTemplate(transactions);
        this.alwaysNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public AuditEntry record(AuditEvent event) {
        boolean joinable = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        return (joinable ? joinOrCreate : alwaysNew).execute(status -> append(event));
    }

    @Override
    public AuditEntry recordDenied(AuditEvent event) {
        if (event.outcome() != Outcome.DENIED) {
            throw new IllegalArgumentException("recordDenied takes a DENIED event");
        }
        return alwaysNew.execute(status -> append(event));
    }

    private AuditEntry append(AuditEvent event) {
        var head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        long seq = (Long) head[0] + 1;
        String prevHash = (String) head[1];
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String actor = event.actor() != null ? event.actor() : currentActor();
        String details = truncate(event.details(), 2000);
        String reason = truncate(event.reason(), 1000);
        String hash = AuditHash.of(prevHash, seq, now, actor, event.action(), event.entityType(),
                event.entityId(), reason, event.outcome(), details);
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, actor, action, entity_type, entity_id, reason,
                                         outcome, details, prev_hash, entry_hash)
                values (:seq, :at, :actor, :action, :type, :id, :reason, :outcome, :details, :prev, :hash)
                """)
                .param("seq", seq)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("actor", actor)
                .param("action", event.action())
                .param("type", event.entityType())
                .param("id", event.entityId())
                .param("reason", reason)
                .param("outcome", event.outcome().name())
                .param("details", details)
                .param("prev", prevHash)
                .param("hash", hash)
                .update();
        jdbc.sql("update audit_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", seq).param("hash", hash).update();
        return new AuditEntry(seq, now, actor, event.action(), event.entityType(), event.entityId(), reason,
                event.outcome(), details, prevHash, hash);
    }

    private static String currentActor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "anonymous" : auth.getName();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        var where = new Where(query);
        return jdbc.sql("select * from audit_entry" + where.sql + " order by seq desc"
                        + " offset " + ((long) query.page() * query.pageSize()) + " rows fetch next "
                        + query.pageSize() + " rows only")
                .params(where.params)
                .query(JdbcAuditLog::entry)
                .list();
    }

    @Override
    public long count(AuditQuery query) {
        var where = new Where(query);
        return jdbc.sql("select count(*) from audit_entry" + where.sql).params(where.params)
                .query(Long.class).single();
    }

    @Override
    public ChainVerification verify() {
        String expectedPrev = "0".repeat(64);
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> batch = jdbc.sql("select * from audit_entry where seq >= :from order by seq"
                            + " fetch first " + VERIFY_BATCH + " rows only")
                    .param("from", expectedSeq)
                    .query(JdbcAuditLog::entry).list();
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntry e : batch) {
                if (e.seq() != expectedSeq) {
                    return new ChainVerification(checked, expectedSeq,
                            "entry " + expectedSeq + " is missing (next present is " + e.seq() + ")");
                }
                if (!e.prevHash().equals(expectedPrev)) {
                    return new ChainVerification(checked, e.seq(),
                            "entry " + e.seq() + " does not link to the hash of entry " + (e.seq() - 1));
                }
                if (!AuditHash.of(e).equals(e.entryHash())) {
                    return new ChainVerification(checked, e.seq(),
                            "entry " + e.seq() + " was altered: its content does not match its hash");
                }
                expectedPrev = e.entryHash();
                expectedSeq++;
                checked++;
            }
        }
        var head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        if ((Long) head[0] != checked || !head[1].equals(expectedPrev)) {
            return new ChainVerification(checked, checked + 1,
                    "entries after " + checked + " are missing: the chain head records " + head[0]);
        }
        return new ChainVerification(checked, -1, null);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("reason"), Outcome.valueOf(rs.getString("outcome")),
                rs.getString("details"), rs.getString("prev_hash"), rs.getString("entry_hash"));
    }

    /** The WHERE clause of a viewer query, with bound parameters only. */
    private static final class Where {
        final String sql;
        final java.util.Map<String, Object> params = new java.util.HashMap<>();

        Where(AuditQuery q) {
            List<String> parts = new ArrayList<>();
            add(parts, "actor = :actor", "actor", q.actor());
            add(parts, "action = :action", "action", q.action());
            add(parts, "entity_type = :type", "type", q.entityType());
            add(parts, "entity_id = :id", "id", q.entityId());
            add(parts, "outcome = :outcome", "outcome", q.outcome() == null ? null : q.outcome().name());
            if (q.from() != null) {
                parts.add("occurred_at >= :from");
                params.put("from", OffsetDateTime.ofInstant(q.from(), ZoneOffset.UTC));
            }
            if (q.to() != null) {
                parts.add("occurred_at < :to");
                params.put("to", OffsetDateTime.ofInstant(q.to(), ZoneOffset.UTC));
            }
            sql = parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
        }

        private void add(List<String> parts, String clause, String name, String value) {
            if (value != null && !value.isBlank()) {
                parts.add(clause);
                params.put(name, value.trim());
            }
        }
    }
}
