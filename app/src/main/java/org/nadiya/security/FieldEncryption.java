package org.nadiya.security;

/**
 * AES-256-GCM encryption of single fields with a key kept outside the database. The ciphertext names the
 * key it was made with, so old rows stay readable until {@code ./nadiya keys rotate} re-encrypts them.
 *
 * <p>{@code context} binds a ciphertext to its place (table, column, row key): a value copied into another
 * row or column fails to decrypt. Use {@link EncryptedColumn#context(Object)} to build it.
 */
public interface FieldEncryption {

    String encrypt(String plaintext, String context);

    String decrypt(String ciphertext, String context);

    /** Key id the ciphertext was made with. */
    String keyIdOf(String ciphertext);

    /** Key id new ciphertexts are made with. */
    String activeKeyId();

    /**
     * A secret for keyed hashes (e.g. of card numbers), derived from the oldest key of the key file so that it
     * survives key rotation and never lives in the database; {@code purpose} keeps the uses apart.
     */
    byte[] derivedSecret(String purpose);
}
