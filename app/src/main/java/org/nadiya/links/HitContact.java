package org.nadiya.links;

import org.nadiya.cases.TeamRole;

/** Whom the other team asks for: a prosecutor or investigator of the other proceeding, nothing of its content. */
public record HitContact(String displayName, TeamRole role, String agencyCode, String regionCode) {
}
