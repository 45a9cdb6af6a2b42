package org.nadiya.cases.internal;

import java.util.Map;

import org.nadiya.cases.TeamRole;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.kernel.Text;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.springframework.stereotype.Component;

/** Finds the user to put on a team and checks that their role fits the team role. */
@Component
class TeamDirectory {

    private static final Map<TeamRole, Role> REQUIRED = Map.of(TeamRole.OPERATIVE, Role.OPERATIVE,
            TeamRole.INVESTIGATOR, Role.INVESTIGATOR, TeamRole.PROSECUTOR, Role.PROSECUTOR, TeamRole.ANALYST, Role.ANALYST);

    private final UserAdministration users;

    TeamDirectory(UserAdministration users) {
        this.users = users;
    }

    long member(String username, TeamRole role) {
        if (role == null) {
            throw new InvalidInputException("teamRole", "error.cases.teamRole.choose");
        }
        var account = users.find(username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new InvalidInputException("username", "error.common.user.unknown", username));
        if (!account.enabled()) {
            throw new InvalidInputException("username", "error.common.user.disabled", account.username());
        }
        if (!account.roles().contains(REQUIRED.get(role))) {
            throw new InvalidInputException("teamRole", "error.cases.teamRole.notHeld", account.username(), Text.label("role", REQUIRED.get(role)));
        }
        return account.id();
    }
}
