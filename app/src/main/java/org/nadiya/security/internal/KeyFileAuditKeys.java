package org.nadiya.security.internal;

import org.nadiya.audit.AuditKeys;
import org.springframework.stereotype.Component;

/**
 * The audit chain's keys, derived from the oldest key of the key file (so they survive key rotation and never live in
 * the database): whoever writes the database without the key file cannot forge a link of the chain.
 */
@Component
class KeyFileAuditKeys implements AuditKeys {

    private final AesGcmFieldEncryption encryption;

    KeyFileAuditKeys(AesGcmFieldEncryption encryption) {
        this.encryption = encryption;
    }

    @Override
    public byte[] chainKey() {
        return encryption.derivedSecret("audit-chain");
    }

    @Override
    public byte[] checkpointKey() {
        return encryption.derivedSecret("audit-checkpoint");
    }

    @Override
    public byte[] checkpointSigningSeed() {
        return encryption.derivedSecret("audit-checkpoint-ed25519");
    }
}
