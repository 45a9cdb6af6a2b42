package org.nadiya.security;

/** Key management for field encryption. */
public interface FieldKeys {

    /**
     * Creates a new key, re-encrypts every declared {@link EncryptedColumn} under it in one transaction
     * and makes it the active key. Old keys stay in the key file so that old backups remain readable.
     */
    Rotation rotate();

    record Rotation(String oldKeyId, String newKeyId, long fieldsReencrypted) {
    }
}
