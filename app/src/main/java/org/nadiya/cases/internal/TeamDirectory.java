package org.nadiya.cases.internal;

import java.util.Map;

import org.nadiya.cases.TeamRole;
import org.nadiya.security.InvalidInputException;
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
            throw new InvalidInputException("teamRole", "choose the role on the team");
        }
        var account = users.find(username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new InvalidInputException("username", "no user '" + username + "'"));
        if (!account.enabled()) {
            throw new InvalidInputException("username", account.username() + " is disabled");
        }
        if (!account.roles().contains(REQUIRED.get(role))) {
            throw new InvalidInputException("teamRole", account.username() + " does not hold the role " + REQUIRED.get(role));
        }
        return account.id();
    }
}
