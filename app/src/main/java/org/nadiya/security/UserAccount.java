package org.nadiya.security;

import java.time.Instant;
import java.util.Set;

/** A user as the administrator sees it (never the password hash). */
public record UserAccount(long id, String username, String displayName, String email, Set<Role> roles,
                          String agencyCode, String regionCode, boolean supervisor, boolean enabled,
                          boolean mustChangePassword, Instant lockedUntil, Instant createdAt) {
}
