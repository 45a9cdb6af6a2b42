package org.nadiya.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The record key of the cell-key method: a number in [0, 2^32) fixed for each statistical unit (a person, a
 * proceeding, a referral...), derived from a secret with HMAC-SHA256 of the unit's kind and id. It is never stored
 * and never shown: whoever knew the keys could compute every cell's noise and remove it. The same secret gives the
 * same keys in every module and after every restart, so a cell gets the same noise wherever it is published.
 */
public final class RecordKeys {

    /** What the application derives the secret for ({@code FieldEncryption.derivedSecret(PURPOSE)}). */
    public static final String PURPOSE = "disclosure-record-keys";

    private final SecretKeySpec secret;

    public RecordKeys(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("the record-key secret must have at least 128 bits");
        }
        this.secret = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** @param kind what the unit is ("person", "proceeding"...): ids of different kinds never share a key */
    public long of(String kind, long id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            byte[] h = mac.doFinal((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
            return ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
