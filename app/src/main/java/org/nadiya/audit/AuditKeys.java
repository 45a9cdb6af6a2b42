package org.nadiya.audit;

/**
 * The secrets the audit chain and its checkpoints are keyed with. They live outside the database (derived from the
 * key file by the security module), so whoever can write the database alone cannot forge a link of the chain.
 */
public interface AuditKeys {

    /** Key of the HMAC-SHA-256 that binds each entry to its predecessor. */
    byte[] chainKey();

    /** Key of the HMAC-SHA-256 that signs checkpoints written outside the database. */
    byte[] checkpointKey();
}
