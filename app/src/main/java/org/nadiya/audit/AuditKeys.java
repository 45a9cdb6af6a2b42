package org.nadiya.audit;

/**
 * The secrets the audit chain and its checkpoints are keyed with. They live outside the database (derived from the
 * key file by the security module), so whoever can write the database alone cannot forge a link of the chain.
 */
public interface AuditKeys {

    /** Key of the HMAC-SHA-256 that binds each entry to its predecessor. */
    byte[] chainKey();

    /** Key of the HMAC-SHA-256 that signed checkpoints before decision 0073 (version 1 lines), still checked. */
    byte[] checkpointKey();

    /**
     * Seed of the Ed25519 key pair that signs checkpoints since decision 0073: the same seed gives the same pair, and
     * its public key alone verifies them, off the machine, without any secret.
     */
    byte[] checkpointSigningSeed();
}
