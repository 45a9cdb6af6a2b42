package org.nadiya.victims.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.nadiya.cases.Proceedings;
import org.nadiya.cases.TeamRole;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.NeedToKnow;
import org.nadiya.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who sees a protected person and who may read the identity: the one policy of this module.
 *
 * <ul>
 *   <li>Partners and researchers: never (a user holding either role gets nothing here).</li>
 *   <li>Administrators: see every person, read no identity.</li>
 *   <li>Coordinators: the persons they registered or answer for and those of their region; central coordinators all; they
 *       read identity (with a reason).</li>
 *   <li>Prosecutors, investigators, operatives, analysts: the persons linked to a proceeding they may see under
 *       need-to-know (team and supervisors); only the team's prosecutor and investigator read identity.</li>
 * </ul>
 */
@Component
class PersonAccess {

    static final List<Role> CASE_WORKERS = List.of(Role.PROSECUTOR, Role.INVESTIGATOR, Role.OPERATIVE, Role.ANALYST);

    private final Proceedings proceedings;
    private final NeedToKnow needToKnow;

    PersonAccess(Proceedings proceedings, NeedToKnow needToKnow) {
        this.proceedings = proceedings;
        this.needToKnow = needToKnow;
    }

    static boolean excluded(CurrentUser user) {
        return user.has(Role.PARTNER) || user.has(Role.RESEARCHER);
    }

    static boolean caseWorker(CurrentUser user) {
        return CASE_WORKERS.stream().anyMatch(user::has);
    }

    boolean canSee(CurrentUser user, PersonStore.Core person, Collection<Long> proceedingIds) {
        if (excluded(user)) {
            return false;
        }
        if (user.has(Role.ADMIN) || coordinatorSees(user, person)) {
            return true;
        }
        return caseWorker(user) && proceedingIds.stream().map(proceedings::access).flatMap(Optional::stream)
                .anyMatch(p -> needToKnow.canSee(user, p));
    }

    boolean mayReadIdentity(CurrentUser user, PersonStore.Core person, Collection<Long> proceedingIds) {
        if (excluded(user)) {
            return false;
        }
        if (coordinatorSees(user, person)) {
            return true;
        }
        return proceedingIds.stream().map(proceedings::access).flatMap(Optional::stream)
                .anyMatch(p -> user.has(Role.PROSECUTOR) && p.hasMember(user.id(), TeamRole.PROSECUTOR)
                        || user.has(Role.INVESTIGATOR) && p.hasMember(user.id(), TeamRole.INVESTIGATOR));
    }

    /** A prosecutor who sees the person may override a missing consent. */
    boolean mayOverride(CurrentUser user, PersonStore.Core person, Collection<Long> proceedingIds) {
        return user.has(Role.PROSECUTOR) && canSee(user, person, proceedingIds);
    }

    private static boolean coordinatorSees(CurrentUser user, PersonStore.Core person) {
        return user.has(Role.COORDINATOR) && (user.isCentral() || user.regionCode().equals(person.regionCode())
                || user.id() == person.registeredBy() || Long.valueOf(user.id()).equals(person.coordinatorId()));
    }

    /** Of the given proceedings, those the user sees under need-to-know (one batched query in {@code cases}). */
    java.util.Set<Long> visibleProceedings(CurrentUser user, Collection<Long> proceedingIds) {
        if (excluded(user) || !caseWorker(user)) {
            return java.util.Set.of();
        }
        return proceedings.visibleAmong(user, proceedingIds);
    }
}
