package org.nadiya.audit;

import java.time.Instant;

/** Filters for the audit viewer; {@code null} or blank means "any". */
public record AuditQuery(String actor, String action, String entityType, String entityId, Outcome outcome,
                         Instant from, Instant to, int page, int pageSize) {

    public AuditQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("pageSize must be between 1 and 500");
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null, 0, 50);
    }
}
