package org.nadiya.links;

import java.time.Instant;
import java.util.List;

import org.nadiya.match.identifiers.IdentifierKind;

/**
 * A match between the caller's proceeding and another one, as the caller's team sees it: that a match exists,
 * the kind of identifier (or that a person's name matches), the other team's contacts and whether it crosses
 * regions or countries. Which proceeding it is ({@code otherProceedingId}) is null until the other team accepts a
 * request; its content never shows here, nor the other person's name or pseudonym.
 *
 * @param kind            the identifier kind; null for a name hit
 * @param ownIdentifiers  the caller's own identifiers of that key (displays, masked for sensitive kinds); for a name
 *                        hit the pseudonym of the caller's own person
 * @param request         the latest request to open the hit, or null
 * @param ownPersonId     for a name hit, the caller's own person whose name matched; otherwise null
 * @param score           for a name hit, the engine's name score (0.85..1); otherwise null
 */
public record Hit(long id, long proceedingId, IdentifierKind kind, List<String> ownIdentifiers, boolean transnational,
                  Instant foundAt, List<HitContact> otherContacts, AccessRequest request, Long otherProceedingId,
                  HitBasis basis, Long ownPersonId, Double score) {

    /**
     * A request to open the hit; {@code incoming} when the other team asked the caller's team. The names are as the
     * asking and deciding teams list them (the user name when the person has left the team).
     */
    public record AccessRequest(long id, AccessState state, boolean incoming, String requestedBy, String requestReason,
                                String decidedBy, String decisionReason, Instant requestedAt, String requestedByName,
                                String decidedByName) {
    }
}
