package org.nadiya.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nadiya.audit.AuditEntry;
import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditKeys;
import org.nadiya.audit.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * A chain written before V33 (plain SHA-256) still verifies after the upgrade, keyed entries follow it, and the first
 * keyed entry anchors the old ones: rewriting an old entry and re-computing the old plain hashes breaks the chain.
 */
class LegacyChainTest {

    @TempDir
    Path temp;

    private static final AuditKeys KEYS = new AuditKeys() {
        @Override
        public byte[] chainKey() {
            return "chain-key-for-the-legacy-test-32".getBytes();
        }

        @Override
        public byte[] checkpointKey() {
            return "checkpoint-key-for-the-legacy-32".getBytes();
        }

        @Override
        public byte[] checkpointSigningSeed() {
            return "signing-seed-for-the-legacy-test".getBytes();
        }
    };

    @Test
    void oldEntriesVerifyKeyedOnesFollowAndTheFirstKeyedOneAnchorsThem() {
        var data = new DriverManagerDataSource("jdbc:h2:mem:legacy-chain;DB_CLOSE_DELAY=-1", "sa", "");
        var flyway = Flyway.configure().dataSource(data).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .outOfOrder(true);
        flyway.target("32.1").load().migrate();
        var jdbc = JdbcClient.create(data);
        String prev = "0".repeat(64);
        for (long seq = 1; seq <= 3; seq++) {
            prev = appendPlain(jdbc, seq, prev, "legacy-user");
        }
        flyway.target("latest").load().migrate();
        assertThat(jdbc.sql("select count(*) from audit_entry where hash_kind = 'sha256'").query(Long.class).single())
                .isEqualTo(3);

        var clock = Clock.systemUTC();
        var log = new JdbcAuditLog(jdbc, new JdbcTransactionManager(data), clock, KEYS,
                new AuditCheckpoints(jdbc, KEYS, clock, temp.resolve("c.txt").toString(), Duration.ZERO));
        log.record(AuditEvent.allowed("AFTER_UPGRADE", "thing", "1").by("tester"));
        log.record(AuditEvent.allowed("AFTER_UPGRADE", "thing", "2").by("tester"));
        var result = log.verify();
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.entries()).isEqualTo(5);

        // An intruder without the key rewrites entry 2 and re-computes the plain hashes of 2 and 3.
        jdbc.sql("drop trigger audit_entry_append_only").update();
        String hash1 = jdbc.sql("select entry_hash from audit_entry where seq = 1").query(String.class).single();
        String hash2 = rewritePlain(jdbc, 2, hash1, "someone-else");
        rewritePlain(jdbc, 3, hash2, "legacy-user");
        var broken = log.verify();
        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBroken()).as("the first keyed entry no longer links").isEqualTo(4);
    }

    private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

    private static AuditEntry legacy(long seq, String prev, String actor) {
        return new AuditEntry(seq, AT.plusSeconds(seq), actor, "OLD_ACTION", "thing", String.valueOf(seq), null,
                Outcome.ALLOWED, "before V33", prev, null);
    }

    private static String appendPlain(JdbcClient jdbc, long seq, String prev, String actor) {
        var e = legacy(seq, prev, actor);
        String hash = AuditHash.of(e);
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, actor, action, entity_type, entity_id, reason, outcome,
                                         details, prev_hash, entry_hash)
                values (:seq, :at, :actor, :action, :type, :id, null, 'ALLOWED', :details, :prev, :hash)""")
                .param("seq", seq).param("at", OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC))
                .param("actor", actor).param("action", e.action()).param("type", e.entityType())
                .param("id", e.entityId()).param("details", e.details()).param("prev", prev).param("hash", hash)
                .update();
        jdbc.sql("update audit_head set last_seq = :s, last_hash = :h where id = 1").param("s", seq).param("h", hash)
                .update();
        return hash;
    }

    private static String rewritePlain(JdbcClient jdbc, long seq, String prev, String actor) {
        String hash = AuditHash.of(legacy(seq, prev, actor));
        jdbc.sql("update audit_entry set actor = :a, prev_hash = :p, entry_hash = :h where seq = :s")
                .param("a", actor).param("p", prev).param("h", hash).param("s", seq).update();
        return hash;
    }
}
