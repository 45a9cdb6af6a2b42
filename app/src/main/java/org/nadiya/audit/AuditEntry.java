package org.nadiya.audit;

import java.time.Instant;

/** An entry as stored: the event, its place in the chain and the hashes that bind it there. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String entityType,
                         String entityId, String reason, Outcome outcome, String details,
                         String prevHash, String entryHash) {
}
