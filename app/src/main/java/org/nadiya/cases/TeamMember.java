package org.nadiya.cases;

import java.time.LocalDate;

/** A member of a proceeding's team, with agency and level (central when the region is {@code UA}). */
public record TeamMember(long userId, String username, String displayName, TeamRole role, String agencyCode,
                         String regionCode, LocalDate addedOn) {

    public boolean central() {
        return org.nadiya.security.CurrentUser.CENTRAL.equals(regionCode);
    }
}
