package org.nadiya.security.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.nadiya.security.FieldEncryption;

/**
 * AES-256-GCM with a random 96-bit nonce per value. Stored form: {@code v1:<key id>:<base64(nonce|ciphertext|tag)>}.
 * The context is the additional authenticated data, so a ciphertext moved to another field fails.
 */
class AesGcmFieldEncryption implements FieldEncryption {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private volatile KeyRing ring;

    AesGcmFieldEncryption(KeyRing ring) {
        this.ring = ring;
    }

    void use(KeyRing next) {
        this.ring = next;
    }

    /** The current ring, re-read when the key file changed on disk (rotation by another process). */
    KeyRing ring() {
        KeyRing current = ring.refreshed();
        if (current != ring) {
            ring = current;
        }
        return current;
    }

    @Override
    public String encrypt(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        KeyRing current = ring();
        return encrypt(plaintext, context, current.activeId(), current.activeKey());
    }

    String encrypt(String plaintext, String context, String keyId, SecretKey key) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public String decrypt(String ciphertext, String context) {
        if (ciphertext == null) {
            return null;
        }
        String keyId = keyIdOf(ciphertext);
        byte[] data;
        try {
            data = Base64.getDecoder().decode(ciphertext.substring(PREFIX.length() + keyId.length() + 1));
        } catch (IllegalArgumentException e) {
            throw new TamperedFieldException("encrypted field is damaged (not Base64)");
        }
        if (data.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new TamperedFieldException("encrypted field is damaged (too short)");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, ring().key(keyId), new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new TamperedFieldException("encrypted field fails its integrity check (altered, moved or wrong key)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public String keyIdOf(String ciphertext) {
        int end = ciphertext.indexOf(':', PREFIX.length());
        if (!ciphertext.startsWith(PREFIX) || end < 0) {
            throw new TamperedFieldException("not an encrypted field value");
        }
        return ciphertext.substring(PREFIX.length(), end);
    }

    @Override
    public String activeKeyId() {
        return ring().activeId();
    }

    @Override
    public byte[] derivedSecret(String purpose) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(ring().oldestKey().getEncoded(), "HmacSHA256"));
            return mac.doFinal(("nadiya-derived:" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
