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
    void alterByHand(long seq, String actor) {
        asIntruder(db -> db.sql("update audit_entry set actor = :a where seq = :s").param("a", actor)
                .param("s", seq).update());
    }

    /** Runs a change the application may not make (past the append-only trigger), as an intruder could. */
    abstract void asIntruder(java.util.function.Consumer<JdbcClient> change);

    @Test
    void theApplicationCannotUpdateDeleteOrTruncateAuditRows() {
        var entry = audit.record(AuditEvent.allowed("TEST_APPEND_ONLY", "thing", "1").by("tester"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'x' where seq = :s")
                .param("s", entry.seq()).update()).hasStackTraceContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = :s")
                .param("s", entry.seq()).update()).hasStackTraceContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("truncate table audit_entry").update());
        assertThat(audit.count(new AuditQuery(null, "TEST_APPEND_ONLY", null, null, null, null, null, 0, 10)))
                .isPositive();
        assertThat(audit.verify().intact()).isTrue();
    }

    @Autowired
    AuditKeys keys;

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path temp;

    private java.util.List<java.util.Map<String, Object>> rowsFrom(long seq) {
        return jdbc.sql("select * from audit_entry where seq >= :s order by seq").param("s", seq).query().listOfRows();
    }

    private java.util.Map<String, Object> head() {
        return jdbc.sql("select last_seq, last_hash, head_mac from audit_head where id = 1").query().singleRow();
    }

    private static Object column(java.util.Map<String, Object> row, String name) {
        return row.containsKey(name) ? row.get(name) : row.get(name.toUpperCase(java.util.Locale.ROOT));
    }

    /** Puts the entries from {@code rows} and the head back exactly as they were. */
    private void restore(java.util.List<java.util.Map<String, Object>> rows, java.util.Map<String, Object> head) {
        long first = ((Number) column(rows.get(0), "seq")).longValue();
        asIntruder(db -> {
            db.sql("delete from audit_entry where seq >= :s").param("s", first).update();
            for (var row : rows) {
                var names = row.keySet().stream().map(k -> k.toLowerCase(java.util.Locale.ROOT)).toList();
                var insert = db.sql("insert into audit_entry (" + String.join(", ", names) + ") values (:"
                        + String.join(", :", names) + ")");
                for (String name : names) {
                    insert = insert.param(name, column(row, name));
                }
                insert.update();
            }
            setHead(db, head);
        });
    }

    private static void setHead(JdbcClient db, java.util.Map<String, Object> head) {
        db.sql("update audit_head set last_seq = :seq, last_hash = :hash, head_mac = :mac where id = 1")
                .param("seq", column(head, "last_seq")).param("hash", column(head, "last_hash"))
                .param("mac", column(head, "head_mac")).update();
    }

    private java.nio.file.Path checkpointCopiedOffTheMachine() throws java.io.IOException {
        var file = temp.resolve("checkpoints-" + UUID.randomUUID() + ".txt");
        java.nio.file.Files.writeString(file, audit.checkpoint() + "\n");
        return file;
    }

    @Test
    void removingTheLatestEntriesAndMovingTheHeadBackFailsVerification() throws Exception {
        var kept = audit.record(AuditEvent.allowed("TEST_TRUNCATE", "thing", "kept").by("tester"));
        var sealAtKept = head();
        audit.record(AuditEvent.allowed("TEST_TRUNCATE", "thing", "removed-1").by("tester"));
        audit.record(AuditEvent.allowed("TEST_TRUNCATE", "thing", "removed-2").by("tester"));
        var checkpoint = checkpointCopiedOffTheMachine();
        var removed = rowsFrom(kept.seq() + 1);
        var headBefore = head();
        try {
            asIntruder(db -> {
                db.sql("delete from audit_entry where seq > :s").param("s", kept.seq()).update();
                db.sql("update audit_head set last_seq = :seq, last_hash = :hash where id = 1")
                        .param("seq", kept.seq()).param("hash", kept.entryHash()).update();
            });
            var moved = audit.verify();
            assertThat(moved.intact()).as("the head's keyed seal no longer fits").isFalse();
            assertThat(moved.problem()).contains("head was moved");

            // An intruder who kept the old seal puts it back: only the copy off the machine tells.
            asIntruder(db -> setHead(db, sealAtKept));
            assertThat(audit.verify().intact()).isTrue();
            var result = audit.verify(checkpoint);
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBroken()).isEqualTo(kept.seq() + 1);
            assertThat(result.problem()).contains("entries were removed");
        } finally {
            restore(removed, headBefore);
        }
        assertThat(audit.verify(checkpoint).intact()).isTrue();
    }

    @Test
    void rewritingAnEntryAndRecomputingTheLaterHashesFailsVerification() throws Exception {
        var rewritten = audit.record(AuditEvent.allowed("TEST_REWRITE", "thing", "1").by("tester"));
        audit.record(AuditEvent.allowed("TEST_REWRITE", "thing", "2").by("tester"));
        audit.record(AuditEvent.allowed("TEST_REWRITE", "thing", "3").by("tester"));
        var checkpoint = checkpointCopiedOffTheMachine();
        var original = rowsFrom(rewritten.seq());
        var headBefore = head();
        try {
            recomputeFrom(rewritten.seq(), "someone-else", e -> org.nadiya.audit.internal.AuditHashes.plain(e), null,
                    null);
            var plain = audit.verify();
            assertThat(plain.intact()).isFalse();
            assertThat(plain.firstBroken()).isEqualTo(rewritten.seq());
            assertThat(plain.problem()).contains("altered");

            recomputeFrom(rewritten.seq(), "someone-else", e -> org.nadiya.audit.internal.AuditHashes.plain(e),
                    "sha256", null);
            assertThat(audit.verify().problem()).as("plain hashes after keyed ones").contains("unkeyed");

            // An intruder holding the key file too re-computes keyed hashes: only the checkpoint tells.
            byte[] key = keys.chainKey();
            recomputeFrom(rewritten.seq(), "someone-else", e -> org.nadiya.audit.internal.AuditHashes.keyed(key, e),
                    "hmac1", key);
            assertThat(audit.verify().intact()).isTrue();
            var result = audit.verify(checkpoint);
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).contains("rewritten");
        } finally {
            restore(original, headBefore);
        }
        assertThat(audit.verify(checkpoint).intact()).isTrue();
    }

    @Test
    void aForgedOrMalformedCheckpointIsRefused() throws Exception {
        audit.record(AuditEvent.allowed("TEST_CHECKPOINT", "thing", "1").by("tester"));
        var file = checkpointCopiedOffTheMachine();
        String line = java.nio.file.Files.readString(file).strip();
        String[] parts = line.split(" ");
        var forged = temp.resolve("forged.txt");
        java.nio.file.Files.writeString(forged, line.replace(" " + parts[2] + " ", " " + (Long.parseLong(parts[2]) + 5)
                + " ") + "\n");
        assertThat(audit.verify(forged).problem()).contains("not signed");

        // Decision 0074: Ed25519, checked with the public key alone (a copy kept off the machine, as a verifier has it).
        assertThat(parts[1]).isEqualTo("2");
        var publicKey = temp.resolve("audit-checkpoint-key-" + UUID.randomUUID() + ".pem");
        java.nio.file.Files.writeString(publicKey, audit.checkpointPublicKey());
        assertThat(audit.verify(file, publicKey).intact()).isTrue();
        assertThat(audit.verify(forged, publicKey).problem()).contains("not signed");
        // An intruder's own key pair signs a checkpoint of a head that never was: the kept public key refuses it.
        var intruder = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String body = line.substring(0, line.lastIndexOf(' '));
        var signer = java.security.Signature.getInstance("Ed25519");
        signer.initSign(intruder.getPrivate());
        signer.update(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var signedByAnother = temp.resolve("another-key.txt");
        java.nio.file.Files.writeString(signedByAnother, body + " "
                + java.util.Base64.getEncoder().withoutPadding().encodeToString(signer.sign()) + "\n");
        assertThat(audit.verify(signedByAnother, publicKey).problem()).contains("not signed");
        assertThat(audit.verify(signedByAnother).problem()).contains("not signed");
        var otherPublicKey = temp.resolve("other-" + UUID.randomUUID() + ".pem");
        java.nio.file.Files.writeString(otherPublicKey, "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getEncoder()
                .encodeToString(intruder.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        assertThat(audit.verify(file, otherPublicKey).problem()).as("a genuine checkpoint, the wrong key")
                .contains("not signed");

        var garbage = temp.resolve("garbage.txt");
        java.nio.file.Files.writeString(garbage, "hello\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> audit.verify(garbage))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    }

    /**
     * As an intruder: gives entry {@code from} another actor and re-computes it and every later entry with
     * {@code hash} (and the head), optionally relabelling their kind.
     */
    private void recomputeFrom(long from, String actor, java.util.function.Function<AuditEntry, String> hash,
                               String kind, byte[] sealKey) {
        var entries = new java.util.ArrayList<>(audit.find(new AuditQuery(null, null, null, null, null, null, null, 0,
                500)).stream().filter(e -> e.seq() >= from - 1).sorted(java.util.Comparator.comparingLong(AuditEntry::seq))
                .toList());
        asIntruder(db -> {
            String prev = entries.get(0).seq() == from ? "0".repeat(64) : entries.get(0).entryHash();
            for (var e : entries) {
                if (e.seq() < from) {
                    continue;
                }
                var changed = new AuditEntry(e.seq(), e.occurredAt(), e.seq() == from ? actor : e.actor(), e.action(),
                        e.entityType(), e.entityId(), e.reason(), e.outcome(), e.details(), prev, null);
                String h = hash.apply(changed);
                db.sql("update audit_entry set actor = :a, prev_hash = :p, entry_hash = :h" + (kind == null ? ""
                                : ", hash_kind = '" + kind + "'") + " where seq = :s")
                        .param("a", changed.actor()).param("p", prev).param("h", h).param("s", e.seq()).update();
                prev = h;
                db.sql("update audit_head set last_seq = :s, last_hash = :h" + (sealKey == null ? ""
                                : ", head_mac = '" + org.nadiya.audit.internal.AuditHashes.headSeal(sealKey, e.seq(), h)
                                + "'") + " where id = 1").param("s", e.seq()).param("h", h).update();
            }
        });
    }
}
