package org.nadiya.security.internal;

import java.time.Instant;
import java.util.Set;

import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;

/**
 * A row of app_user with its roles, as the store reads it. {@code credentialVersion} grows whenever the user's
 * sessions and tokens must end (disabled, password reset or changed, roles or region changed).
 */
record UserRow(long id, String username, String displayName, String emailEnc, String passwordHash,
               String agencyCode, String regionCode, boolean supervisor, boolean enabled,
               boolean mustChangePassword, int failedLogins, Instant lockedUntil, Instant createdAt,
               long credentialVersion, Set<Role> roles) {

    CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, displayName, roles, agencyCode, regionCode, supervisor);
    }

    UserRow withRoles(Set<Role> newRoles) {
        return new UserRow(id, username, displayName, emailEnc, passwordHash, agencyCode, regionCode, supervisor,
                enabled, mustChangePassword, failedLogins, lockedUntil, createdAt, credentialVersion, Set.copyOf(newRoles));
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
