package org.nadiya.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** What the audit log guarantees on every database; subclasses pick the database. */
abstract class AuditLogContract {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void appendsAChainedEntryThatVerifies() {
        String id = UUID.randomUUID().toString();
        var first = audit.record(AuditEvent.allowed("TEST_READ", "thing", id).by("tester").because("checking"));
        var second = audit.record(AuditEvent.denied("TEST_READ", "thing", id).by("tester"));
        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(second.prevHash()).isEqualTo(first.entryHash());
        var found = audit.find(new AuditQuery("tester", null, "thing", id, null, null, null, 0, 10));
        assertThat(found).extracting(AuditEntry::outcome).containsExactly(Outcome.DENIED, Outcome.ALLOWED);
        assertThat(found.get(1).reason()).isEqualTo("checking");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anEntryWrittenInsideAChangeRollsBackWithIt() {
        String id = UUID.randomUUID().toString();
        try {
            transaction.executeWithoutResult(status -> {
                audit.record(AuditEvent.allowed("TEST_CHANGE", "thing", id).by("tester"));
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // the change and its audit entry are gone together
        }
        assertThat(audit.count(new AuditQuery(null, "TEST_CHANGE", null, id, null, null, null, 0, 10))).isZero();
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aRefusalStaysEvenWhenTheRequestFails() {
        String id = UUID.randomUUID().toString();
        try {
            transaction.executeWithoutResult(status -> {
                audit.recordDenied(AuditEvent.denied("TEST_REFUSED", "thing", id).by("tester"));
                throw new IllegalStateException("request failed");
            });
        } catch (IllegalStateException expected) {
            // the refusal was committed on its own
        }
        assertThat(audit.count(new AuditQuery(null, "TEST_REFUSED", null, id, null, null, null, 0, 10))).isOne();
    }

    @Test
    void anAlteredEntryBreaksTheChainAtThatEntry() {
        var entry = audit.record(AuditEvent.allowed("TEST_TAMPER", "thing", "1").by("tester"));
        audit.record(AuditEvent.allowed("TEST_TAMPER", "thing", "2").by("tester"));
        try {
            alterByHand(entry.seq(), "someone-else");
            var result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBroken()).isEqualTo(entry.seq());
            assertThat(result.problem()).contains("altered");
        } finally {
            alterByHand(entry.seq(), entry.actor());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    /** Changes an entry's actor the way an intruder with database access would. */
    abstract void alterByHand(long seq, String actor);
}
