package org.nadiya.links;

import java.util.List;

import org.nadiya.match.identifiers.IdentifierKind;

/**
 * Hit/no-hit for one identifier found outside a proceeding (a screened ad): the proceedings holding it that the
 * asking user sees under need-to-know, by id; of the others only how many there are and whom to contact there
 * (prosecutors and investigators: name, role, agency, region) — never their id, number or content (decision 0017).
 * To ask for one of them, the user attaches the record to a proceeding of their own: the hit then appears on its
 * links page, where the other team decides.
 *
 * @param matchKey the identifier's match key as the {@code match} engine makes it ({@code Identifier.matchKey()})
 */
public record KeyHits(String matchKey, IdentifierKind kind, List<Long> visibleProceedingIds, int closedProceedings,
                      List<HitContact> closedContacts) {

    public KeyHits {
        visibleProceedingIds = List.copyOf(visibleProceedingIds);
        closedContacts = List.copyOf(closedContacts);
    }

    public boolean any() {
        return !visibleProceedingIds.isEmpty() || closedProceedings > 0;
    }
}
