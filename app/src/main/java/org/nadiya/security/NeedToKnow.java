package org.nadiya.security;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * The need-to-know policy every module calls before it shows a restricted record: visible to its team,
 * to supervisors of its region (central supervisors see every region) and to administrators.
 * A refusal is audited and surfaces as 404.
 */
@Component
public class NeedToKnow {

    private final AuditLog audit;

    NeedToKnow(AuditLog audit) {
        this.audit = audit;
    }

    public boolean canSee(CurrentUser user, Restricted record) {
        if (user.has(Role.ADMIN) || record.teamUserIds().contains(user.id())) {
            return true;
        }
        return user.supervisor() && (user.isCentral() || user.regionCode().equals(record.regionCode()));
    }

    /**
     * Returns normally when the user may see the record; otherwise audits the attempt and throws
     * {@link NotVisibleException}.
     */
    public void check(CurrentUser user, String entityType, Object id, Restricted record) {
        if (record == null || !canSee(user, record)) {
            audit.recordDenied(AuditEvent.denied("READ_REFUSED", entityType, id).by(user.username())
                    .with(record == null ? "no such record" : "not on the team and not a supervisor"));
            throw new NotVisibleException(entityType, id);
        }
    }
}
