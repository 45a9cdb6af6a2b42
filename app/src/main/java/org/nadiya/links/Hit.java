package org.nadiya.links;

import java.time.Instant;
import java.util.List;

import org.nadiya.match.identifiers.IdentifierKind;

/**
 * A match between the caller's proceeding and another one, as the caller's team sees it: that a match exists,
 * the kind of identifier, the other team's contacts and whether it crosses regions or countries. Which proceeding
 * it is ({@code otherProceedingId}) is null until the other team accepts a request; its content never shows here.
 *
 * @param ownIdentifiers  the caller's own identifiers of that key (displays, masked for sensitive kinds)
 * @param request         the latest request to open the hit, or null
 */
public record Hit(long id, long proceedingId, IdentifierKind kind, List<String> ownIdentifiers, boolean transnational,
                  Instant foundAt, List<HitContact> otherContacts, AccessRequest request, Long otherProceedingId) {

    /** A request to open the hit; {@code incoming} when the other team asked the caller's team. */
    public record AccessRequest(long id, AccessState state, boolean incoming, String requestedBy, String requestReason,
                                String decidedBy, String decisionReason, Instant requestedAt) {
    }
}
