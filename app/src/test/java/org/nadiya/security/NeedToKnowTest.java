package org.nadiya.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.Outcome;

class NeedToKnowTest {

    private final AuditLog audit = mock(AuditLog.class);
    private final NeedToKnow policy = new NeedToKnow(audit);
    private final Restricted lvivCase = restricted(Set.of(10L, 11L), "UA-46");

    @Test
    void theTeamSeesItsProceeding() {
        assertThat(policy.canSee(user(10, "UA-05", false, Role.INVESTIGATOR), lvivCase)).isTrue();
    }

    @Test
    void othersOfTheSameRoleAndRegionDoNot() {
        assertThat(policy.canSee(user(12, "UA-46", false, Role.INVESTIGATOR), lvivCase)).isFalse();
        assertThat(policy.canSee(user(13, "UA-46", false, Role.PROSECUTOR), lvivCase)).isFalse();
    }

    @Test
    void supervisorsSeeTheirRegionAndCentralSupervisorsSeeAll() {
        assertThat(policy.canSee(user(20, "UA-46", true, Role.PROSECUTOR), lvivCase)).isTrue();
        assertThat(policy.canSee(user(21, "UA-05", true, Role.PROSECUTOR), lvivCase)).isFalse();
        assertThat(policy.canSee(user(22, CurrentUser.CENTRAL, true, Role.PROSECUTOR), lvivCase)).isTrue();
    }

    @Test
    void administratorsSeeEverything() {
        assertThat(policy.canSee(user(1, CurrentUser.CENTRAL, false, Role.ADMIN), lvivCase)).isTrue();
    }

    @Test
    void aRefusalIsAuditedAndLooksLikeNotFound() {
        var stranger = user(99, "UA-46", false, Role.ANALYST);
        assertThatThrownBy(() -> policy.check(stranger, "proceeding", 7, lvivCase))
                .isInstanceOf(NotVisibleException.class).hasMessage("proceeding 7 not found");
        verify(audit).recordDenied(argThat(e -> e.outcome() == Outcome.DENIED && "7".equals(e.entityId())
                && "proceeding".equals(e.entityType()) && "u99".equals(e.actor())));
    }

    @Test
    void anAllowedCheckWritesNoRefusal() {
        policy.check(user(10, "UA-05", false, Role.INVESTIGATOR), "proceeding", 7, lvivCase);
        verify(audit, never()).recordDenied(argThat(e -> true));
    }

    private static CurrentUser user(long id, String region, boolean supervisor, Role role) {
        return new CurrentUser(id, "u" + id, "User " + id, Set.of(role), "NPU", region, supervisor);
    }

    private static Restricted restricted(Set<Long> team, String region) {
        return new Restricted() {
            @Override
            public Set<Long> teamUserIds() {
                return team;
            }

            @Override
            public String regionCode() {
                return region;
            }
        };
    }
}
