package org.nadiya.links;

import java.time.Instant;

import org.nadiya.match.identifiers.IdentifierKind;

/**
 * An identifier as a team sees it: the normalised display, masked for sensitive kinds (card, РНОКПП, passport),
 * and the person it belongs to by pseudonym only, or the organisation of the proceeding (both null when it belongs
 * to the proceeding itself).
 */
public record LinkedIdentifier(long id, long proceedingId, Long personId, String personPseudonym, IdentifierKind kind,
                               String display, IdentifierSource source, String createdBy, Instant createdAt,
                               Long organisationId) {
}
