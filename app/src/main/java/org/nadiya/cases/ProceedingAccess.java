package org.nadiya.cases;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.nadiya.security.Restricted;

/**
 * What another module needs to apply need-to-know to a record it attaches to a proceeding: the region and the
 * team with their roles, nothing of the proceeding's facts.
 */
public record ProceedingAccess(long id, String regionCode, List<TeamMember> team) implements Restricted {

    @Override
    public Set<Long> teamUserIds() {
        return team.stream().map(TeamMember::userId).collect(Collectors.toSet());
    }

    /** Whether the user is on the team in this role. */
    public boolean hasMember(long userId, TeamRole role) {
        return team.stream().anyMatch(m -> m.userId() == userId && m.role() == role);
    }
}
