package org.nadiya.audit.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.nadiya.audit.AuditQuery;
import org.nadiya.audit.Outcome;

/** The audit viewer's filter form; dates are whole days in Kyiv time. */
public record AuditFilter(String actor, String action, String entityType, String entityId, String outcome,
                   LocalDate from, LocalDate to, Integer page) {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    AuditQuery toQuery(int pageSize) {
        return new AuditQuery(actor, action, entityType, entityId,
                outcome == null || outcome.isBlank() ? null : Outcome.valueOf(outcome),
                from == null ? null : from.atStartOfDay(KYIV).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(KYIV).toInstant(),
                page == null || page < 0 ? 0 : page, pageSize);
    }
}
