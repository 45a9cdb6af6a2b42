package org.nadiya.security.internal;

import java.time.Instant;
import java.util.Set;

import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;

/** A row of app_user with its roles, as the store reads it. */
record UserRow(long id, String username, String displayName, String emailEnc, String passwordHash,
               String agencyCode, String regionCode, boolean supervisor, boolean enabled,
               boolean mustChangePassword, int failedLogins, Instant lockedUntil, Instant createdAt,
               Set<Role> roles) {

    CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, displayName, roles, agencyCode, regionCode, supervisor);
    }

    UserRow withRoles(Set<Role> newRoles) {
        return new UserRow(id, username, displayName, emailEnc, passwordHash, agencyCode, regionCode, supervisor,
                enabled, mustChangePassword, failedLogins, lockedUntil, createdAt, Set.copyOf(newRoles));
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
