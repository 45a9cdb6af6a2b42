package org.nadiya.links;

import java.time.Instant;

import org.nadiya.match.identifiers.IdentifierKind;

/**
 * Something about a hit that the user's team should know, for the home page: a new hit on one of the team's
 * proceedings, another team asking to open one (naming who asks), or the other team's answer to the team's own
 * request. Names only the user's own proceeding: the other stays unnamed until it opens the hit.
 *
 * @param kind           the identifier kind; null for a name hit
 * @param who            display name of who asked ({@code ACCESS_REQUESTED}) or decided; null for a new hit
 * @param whoAgency      that user's agency; null for a new hit or an agency no longer listed
 * @param reason         the request's reason or the decision's; null for a new hit
 */
public record HitNotice(Type type, long hitId, long proceedingId, String erdrNumber, IdentifierKind kind, String who,
                        org.nadiya.security.Agency whoAgency, String reason, Instant at) {

    public enum Type {
        NEW_HIT, ACCESS_REQUESTED, ACCESS_ACCEPTED, ACCESS_DECLINED;

        /** Whether it stays until acted upon (a request to decide) rather than until marked as read. */
        public boolean needsAction() {
            return this == ACCESS_REQUESTED;
        }
    }
}
