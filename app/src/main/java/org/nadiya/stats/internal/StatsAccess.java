package org.nadiya.stats.internal;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may use the statistics (decision 0019). Protected aggregates: every internal role (researchers, case workers,
 * coordinators, analysts, administrators) — suppression makes them safe to show anyone inside. Not partners: they
 * are outside organisations and see only what a person consented to share with them. The record-level research
 * export: researchers and administrators only.
 */
@Component
class StatsAccess {

    private final AuditLog audit;

    StatsAccess(AuditLog audit) {
        this.audit = audit;
    }

    boolean maySeeAggregates(CurrentUser user) {
        return !user.roles().isEmpty() && !user.has(Role.PARTNER);
    }

    boolean mayExportRecords(CurrentUser user) {
        return user.has(Role.RESEARCHER) || user.has(Role.ADMIN);
    }

    void checkAggregates(CurrentUser user) {
        if (!maySeeAggregates(user)) {
            deny("STATS_TABLE_READ");
        }
    }

    void checkRecordExport(CurrentUser user) {
        if (!mayExportRecords(user)) {
            deny("STATS_RESEARCH_EXPORT");
        }
    }

    private void deny(String action) {
        audit.recordDenied(AuditEvent.denied(action, "stats", null));
        throw new AccessDeniedException("statistics are not open to this role");
    }
}
