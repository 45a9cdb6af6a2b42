package org.nadiya.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.nadiya.audit.AuditEntry;
import org.nadiya.audit.Outcome;

/**
 * What binds an entry to its predecessor: over the length-prefixed fields (moving text from one field into the next
 * changes the result), an HMAC-SHA-256 keyed from the key file ({@link #KEYED}, every entry since V33), or a plain
 * SHA-256 ({@link #PLAIN}, entries written before V33, which only the first keyed entry after them anchors).
 */
final class AuditHash {

    static final String PLAIN = "sha256";
    static final String KEYED = "hmac1";

    private AuditHash() {
    }

    static String keyed(byte[] key, String prevHash, long seq, Instant occurredAt, String actor, String action,
                        String entityType, String entityId, String reason, Outcome outcome, String details) {
        return hmac(key, content(prevHash, seq, occurredAt, actor, action, entityType, entityId, reason, outcome,
                details));
    }

    static String keyed(byte[] key, AuditEntry e) {
        return keyed(key, e.prevHash(), e.seq(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(),
                e.reason(), e.outcome(), e.details());
    }

    static String hmac(byte[] key, String text) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is missing from this JDK", e);
        }
    }

    static String of(String prevHash, long seq, Instant occurredAt, String actor, String action,
                     String entityType, String entityId, String reason, Outcome outcome, String details) {
        return sha256(content(prevHash, seq, occurredAt, actor, action, entityType, entityId, reason, outcome,
                details));
    }

    private static String content(String prevHash, long seq, Instant occurredAt, String actor, String action,
                                  String entityType, String entityId, String reason, Outcome outcome, String details) {
        var text = new StringBuilder(256);
        for (String field : new String[] {prevHash, Long.toString(seq), occurredAt.toString(), actor, action,
                entityType, entityId, reason, outcome.name(), details}) {
            if (field == null) {
                text.append("-1:");
            } else {
                text.append(field.length()).append(':').append(field);
            }
            text.append('|');
        }
        return text.toString();
    }

    static String of(AuditEntry e) {
        return of(e.prevHash(), e.seq(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(),
                e.reason(), e.outcome(), e.details());
    }

    private static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
