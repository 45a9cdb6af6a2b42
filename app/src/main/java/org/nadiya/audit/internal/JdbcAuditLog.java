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
import org.nadiya.audit.AuditKeys;
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
    private final AuditKeys keys;
    private final AuditCheckpoints checkpoints;

    JdbcAuditLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, AuditKeys keys,
                 AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.joinOrCreate = new TransactionTemplate(transactions);
        this.alwaysNew = new TransactionTemplate(transactions);
        this.alwaysNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public AuditEntry record(AuditEvent event) {
        var stamped = stamped(event);
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return alwaysNew.execute(status -> append(stamped));
        }
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return joinOrCreate.execute(status -> append(stamped));
        }
        // A read-only transaction cannot write, and a transaction of its own now would take a second connection.
        DeferredAppends.defer(() -> alwaysNew.execute(status -> append(stamped)));
        return null;
    }

    @Override
    public AuditEntry recordDenied(AuditEvent event) {
        if (event.outcome() != Outcome.DENIED) {
            throw new IllegalArgumentException("recordDenied takes a DENIED event");
        }
        var stamped = stamped(event);
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return alwaysNew.execute(status -> append(stamped));
        }
        // Kept even when the refused request's transaction rolls back: written once its connection is returned.
        DeferredAppends.defer(() -> alwaysNew.execute(status -> append(stamped)));
        return null;
    }

    /** The event with its actor and time fixed when it happened, not when it is written. */
    private Stamped stamped(AuditEvent event) {
        String actor = event.actor() != null ? event.actor() : currentActor();
        return new Stamped(event.by(actor), clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    private record Stamped(AuditEvent event, Instant at) {
    }

    private AuditEntry append(Stamped stamped) {
        var event = stamped.event();
        var head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        long seq = (Long) head[0] + 1;
        String prevHash = (String) head[1];
        Instant now = stamped.at();
        String actor = event.actor();
        String details = truncate(event.details(), 2000);
        String reason = truncate(event.reason(), 1000);
        byte[] key = keys.chainKey();
        String hash = AuditHash.keyed(key, prevHash, seq, now, actor, event.action(), event.entityType(),
                event.entityId(), reason, event.outcome(), details);
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, actor, action, entity_type, entity_id, reason,
                                         outcome, details, prev_hash, entry_hash, hash_kind)
                values (:seq, :at, :actor, :action, :type, :id, :reason, :outcome, :details, :prev, :hash, :kind)
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
                .param("kind", AuditHash.KEYED)
                .update();
        jdbc.sql("update audit_head set last_seq = :seq, last_hash = :hash, head_mac = :mac where id = 1")
                .param("seq", seq).param("hash", hash).param("mac", headMac(key, seq, hash)).update();
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

    /** Binds the head to the key, so that moving it back to an older entry needs the key too. */
    private static String headMac(byte[] key, long seq, String hash) {
        return AuditHash.hmac(key, "head|" + seq + "|" + hash);
    }

    @Override
    public ChainVerification verify() {
        byte[] key = keys.chainKey();
        String expectedPrev = "0".repeat(64);
        long expectedSeq = 1;
        long checked = 0;
        boolean keyedSeen = false;
        while (true) {
            List<Stored> batch = jdbc.sql("select * from audit_entry where seq >= :from order by seq"
                            + " fetch first " + VERIFY_BATCH + " rows only")
                    .param("from", expectedSeq)
                    .query((rs, n) -> new Stored(entry(rs, n), rs.getString("hash_kind"))).list();
            if (batch.isEmpty()) {
                break;
            }
            for (Stored stored : batch) {
                AuditEntry e = stored.entry();
                if (e.seq() != expectedSeq) {
                    return new ChainVerification(checked, expectedSeq,
                            "entry " + expectedSeq + " is missing (next present is " + e.seq() + ")");
                }
                if (!e.prevHash().equals(expectedPrev)) {
                    return new ChainVerification(checked, e.seq(),
                            "entry " + e.seq() + " does not link to the hash of entry " + (e.seq() - 1));
                }
                boolean keyed = AuditHash.KEYED.equals(stored.kind());
                if (!keyed && keyedSeen) {
                    return new ChainVerification(checked, e.seq(), "entry " + e.seq()
                            + " carries an unkeyed hash after the keyed chain began: it was rewritten");
                }
                keyedSeen |= keyed;
                String expected = keyed ? AuditHash.keyed(key, e) : AuditHash.of(e);
                if (!expected.equals(e.entryHash())) {
                    return new ChainVerification(checked, e.seq(),
                            "entry " + e.seq() + " was altered: its content does not match its "
                                    + (keyed ? "keyed hash (or the key file is not this installation's)" : "hash"));
                }
                expectedPrev = e.entryHash();
                expectedSeq++;
                checked++;
            }
        }
        var head = jdbc.sql("select last_seq, last_hash, head_mac from audit_head where id = 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).single();
        if ((Long) head[0] != checked || !head[1].equals(expectedPrev)) {
            return new ChainVerification(checked, checked + 1,
                    "entries after " + checked + " are missing: the chain head records " + head[0]);
        }
        if (keyedSeen && !headMac(key, checked, expectedPrev).equals(head[2])) {
            return new ChainVerification(checked, checked + 1, "the chain head was moved: it is not the head this"
                    + " installation wrote last (entries after " + checked + " were removed)");
        }
        return new ChainVerification(checked, -1, null);
    }

    @Override
    public ChainVerification verify(java.nio.file.Path checkpointFile) {
        return verify(checkpointFile, null);
    }

    @Override
    public ChainVerification verify(java.nio.file.Path checkpointFile, java.nio.file.Path publicKey) {
        var chain = verify();
        if (!chain.intact()) {
            return chain;
        }
        var result = checkpoints.check(checkpointFile, publicKey, chain.entries(), this::hashAt);
        return result == null ? chain : result;
    }

    @Override
    public String checkpointPublicKey() {
        return checkpoints.publicKeyPem();
    }

    /** The stored hash of entry {@code seq}, or null when there is none. */
    private String hashAt(long seq) {
        return jdbc.sql("select entry_hash from audit_entry where seq = :s").param("s", seq).query(String.class)
                .optional().orElse(null);
    }

    @Override
    public String checkpoint() {
        return checkpoints.writeNow();
    }

    private record Stored(AuditEntry entry, String kind) {
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
