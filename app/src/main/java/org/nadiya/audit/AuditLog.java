package org.nadiya.audit;

import java.util.List;

/** The audit log: append, browse, verify. Appends are chained by SHA-256 and never changed. */
public interface AuditLog {

    /**
     * Appends an event. Inside a read-write transaction the entry commits or rolls back with the change
     * it describes; otherwise (no transaction, or a read-only one) it is written in its own transaction.
     */
    AuditEntry record(AuditEvent event);

    /**
     * Appends a refusal in its own transaction, so that it stays even when the refused request fails.
     * Call it before the caller has appended anything in its current transaction.
     */
    AuditEntry recordDenied(AuditEvent event);

    List<AuditEntry> find(AuditQuery query);

    long count(AuditQuery query);

    ChainVerification verify();
}
