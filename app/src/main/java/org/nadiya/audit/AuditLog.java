package org.nadiya.audit;

import java.util.List;

/** The audit log: append, browse, verify. Appends are chained by a keyed hash and never changed. */
public interface AuditLog {

    /**
     * Appends an event. Inside a read-write transaction the entry commits or rolls back with the change it describes.
     * Without a transaction it is written at once in its own. Inside a read-only transaction it is written in its own
     * transaction as soon as the outermost transaction of this thread has returned its connection (before the
     * transactional method returns), so that no request holds two pool connections at once; then the answer is
     * {@code null}. A failure to write makes that method fail.
     *
     * @return the entry, or {@code null} when it is written after the current transaction
     */
    AuditEntry record(AuditEvent event);

    /**
     * Appends a refusal that stays even when the refused request fails: without a transaction at once, inside one
     * (whatever its outcome) right after it has returned its connection, as {@link #record} does in a read-only one.
     *
     * @return the entry, or {@code null} when it is written after the current transaction
     */
    AuditEntry recordDenied(AuditEvent event);

    List<AuditEntry> find(AuditQuery query);

    long count(AuditQuery query);

    /**
     * Re-computes the chain: every entry's keyed hash (plain SHA-256 for entries written before V33) and its link to
     * the one before, and the head against its keyed seal.
     */
    ChainVerification verify();

    /**
     * As {@link #verify()}, and every signed checkpoint in {@code checkpointFile} (written by this installation,
     * copied off the machine by the operator) must still be in the chain: the entry it names, with the hash it names.
     * Catches what a key holder with database access could do: remove the latest entries, or rewrite entries and
     * re-compute every later hash.
     */
    ChainVerification verify(java.nio.file.Path checkpointFile);

    /**
     * As {@link #verify(java.nio.file.Path)}, checking the checkpoints' Ed25519 signatures with the public key in
     * {@code publicKeyPem} (a copy kept off the machine) instead of the one this installation derives.
     */
    ChainVerification verify(java.nio.file.Path checkpointFile, java.nio.file.Path publicKeyPem);

    /** The public key (PEM) that verifies this installation's checkpoints; it holds no secret. */
    String checkpointPublicKey();

    /** Appends a signed checkpoint of the current head to the checkpoint file now and returns its line. */
    String checkpoint();
}
