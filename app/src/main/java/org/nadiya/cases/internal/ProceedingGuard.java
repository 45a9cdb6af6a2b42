package org.nadiya.cases.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.PretrialDeadline;
import org.nadiya.cases.Proceeding;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.NeedToKnow;
import org.nadiya.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The checks every read and change of a proceeding starts with, shared by the register's service and the activity
 * service: need-to-know (an audited 404), the row lock for a change, and who may change the register data.
 */
@Component
class ProceedingGuard {

    static final String ENTITY = ProceedingService.ENTITY;

    private final ProceedingStore store;
    private final ActivityStore activity;
    private final NeedToKnow needToKnow;
    private final AuditLog audit;
    private final Clock clock;

    ProceedingGuard(ProceedingStore store, ActivityStore activity, NeedToKnow needToKnow, AuditLog audit, Clock clock) {
        this.store = store;
        this.activity = activity;
        this.needToKnow = needToKnow;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ProceedingService.KYIV));
    }

    /** The proceeding if the user may know it exists; otherwise an audited 404. */
    Proceeding visible(CurrentUser user, long id) {
        var core = store.core(id);
        Proceeding p = core.map(c -> assemble(c)).orElse(null);
        needToKnow.check(user, ENTITY, id, p);
        return p;
    }

    Proceeding assemble(ProceedingStore.Core c) {
        PretrialDeadline deadline = c.suspicionOn() == null ? null : PretrialDeadline.compute(c.suspicionOn(),
                c.seriousness(), activity.extensions(c.id()), activity.periods(c.id()), today());
        return new Proceeding(c.id(), c.erdrNumber(), c.registeredOn(), c.regionCode(), c.summary(),
                store.qualifications(c.id()), c.crsv(), c.transnational(), store.countries(c.id()), store.forms(c.id()),
                c.body(), c.bodyReason(), c.stage(), c.closureGround(), c.suspicionOn(), c.seriousness(), deadline,
                store.team(c.id()), c.version());
    }

    /** Visible, locked for this transaction, and the user's role may change the register data. */
    Proceeding forChange(CurrentUser user, long id, boolean registerData) {
        Proceeding p = visible(user, id);
        store.lock(id);
        if (registerData && !(user.has(Role.ADMIN) || user.has(Role.PROSECUTOR) || user.has(Role.INVESTIGATOR))) {
            audit.recordDenied(AuditEvent.denied("PROCEEDING_CHANGE_REFUSED", ENTITY, id).by(user.username())
                    .with("role may not change register data"));
            throw new AccessDeniedException("only prosecutors and investigators change register data");
        }
        return p;
    }
}
