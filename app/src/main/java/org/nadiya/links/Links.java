package org.nadiya.links;

import java.util.List;

import org.nadiya.security.CurrentUser;

/**
 * Identifiers of proceedings and of their persons, and hit/no-hit deconfliction between proceedings. Every
 * method checks need-to-know on the proceeding ({@link org.nadiya.cases.Proceedings#access}): outside it the
 * answer is {@link org.nadiya.security.NotVisibleException} (404). Bad input is an
 * {@link org.nadiya.kernel.InvalidInputException} naming the field and the engine's reason. Everything audited.
 */
public interface Links {

    /** The proceeding's identifiers, newest first (audited as a read). */
    List<LinkedIdentifier> identifiers(CurrentUser user, long proceedingId);

    /**
     * Adds one identifier (of the proceeding, of one of its persons or of one of its organisations) and looks for hits
     * in other proceedings; returns it.
     */
    LinkedIdentifier add(CurrentUser user, long proceedingId, NewIdentifier identifier, IdentifierSource source);

    /**
     * Imports CSV lines {@code kind,value[,personId]} (a header line is skipped): all or nothing; any bad line
     * fails the import with every bad line numbered. Returns how many identifiers were stored.
     */
    int importCsv(CurrentUser user, long proceedingId, String csv);

    /** Hits of the proceeding, newest first. */
    List<Hit> hits(CurrentUser user, long proceedingId);

    /** Asks the other team to open a hit; only a member of the caller's team, once while one is pending. */
    long requestAccess(CurrentUser user, long hitId, String reason);

    /** The other team accepts or declines a request (a member of that team; a reason is required to decline). */
    void decide(CurrentUser user, long requestId, boolean accept, String reason);

    /**
     * Searches what the user may see: persons by name in Cyrillic or Latin spelling, and identifiers equal to the
     * query once normalised (a phone typed as 067..., an IBAN with spaces). The query is never audited in clear.
     */
    SearchResult search(CurrentUser user, String query);

    /**
     * Hit/no-hit for identifiers found outside any proceeding (an ad being screened), by their {@code match}
     * engine match keys ({@code Identifier.matchKey()}; sensitive kinds other than cards are not looked up): for each
     * key held by at least one proceeding, the ones the user sees and, of the others, only a count and the
     * contacts. Only users who work with proceedings may ask (others get 404); audited with counts, never a value.
     */
    List<KeyHits> lookup(CurrentUser user, java.util.Collection<String> matchKeys);
    /** The proceeding's organisations (audited as a read). */
    List<Organisation> organisations(CurrentUser user, long proceedingId);

    /** Adds an organisation to the proceeding (a recruiting agency, a company) to attach identifiers to; returns it. */
    Organisation addOrganisation(CurrentUser user, long proceedingId, String name);

    /** The proceeding's network for the graph view (audited as a read). */
    Network network(CurrentUser user, long proceedingId);

    /**
     * The proceeding's own persons and identifiers as FollowTheMoney-style entities ({@code id}, {@code schema},
     * {@code properties} with lists of strings); hits are left out, they belong to another team. Audited as an export.
     */
    List<java.util.Map<String, Object>> exportEntities(CurrentUser user, long proceedingId);

    /**
     * Notices for the user's home page from the proceedings whose team the user is on, newest first: new hits without
     * a request yet and answers to the team's requests, until the user marks them read, and requests from other
     * teams while they wait for a decision. Not audited: it shows only what the hit pages show the team.
     */
    List<HitNotice> notices(CurrentUser user);

    /** Marks the hit's notices read for the user (a member of either proceeding's team; 404 otherwise). */
    void markNoticesRead(CurrentUser user, long hitId);
}
