package org.nadiya.audit.internal;

import org.nadiya.audit.AuditEntry;

/** The chain's hash functions for tests that play an intruder re-computing hashes. */
public final class AuditHashes {

    private AuditHashes() {
    }

    /** The plain SHA-256 an intruder without the key file can compute. */
    public static String plain(AuditEntry e) {
        return AuditHash.of(e);
    }

    /** The keyed hash, for an intruder who also holds the key file. */
    public static String keyed(byte[] key, AuditEntry e) {
        return AuditHash.keyed(key, e);
    }

    public static String headSeal(byte[] key, long seq, String hash) {
        return AuditHash.hmac(key, "head|" + seq + "|" + hash);
    }
}
