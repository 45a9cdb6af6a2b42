package org.nadiya.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.nadiya.audit.AuditEntry;
import org.nadiya.audit.Outcome;

/**
 * The SHA-256 that binds an entry to its predecessor. Each field is length-prefixed so that moving text
 * from one field into the next changes the hash.
 */
final class AuditHash {

    private AuditHash() {
    }

    static String of(String prevHash, long seq, Instant occurredAt, String actor, String action,
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
        return sha256(text.toString());
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
