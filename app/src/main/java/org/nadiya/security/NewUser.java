package org.nadiya.security;

import java.util.Set;

/** What it takes to create a user. */
public record NewUser(String username, String displayName, String email, Set<Role> roles, String agencyCode,
                      String regionCode, boolean supervisor) {
}
