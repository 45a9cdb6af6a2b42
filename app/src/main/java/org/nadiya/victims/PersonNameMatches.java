package org.nadiya.victims;

import java.util.List;

/**
 * Persons whose names match across Cyrillic and Latin spellings, found through the keyed-hash blocking index of
 * names (decision 0029) and ranked by the {@code match} engine's scorer at its default threshold. Names are
 * decrypted inside this module only, for scoring; the answer carries pseudonyms, proceedings and scores, never a
 * name or a reason that quotes one. No user: for system-side hit detection ({@code links}), which shows a team only
 * its own person and that a match exists.
 */
public interface PersonNameMatches {

    /** The person and the other persons taking part in a proceeding whose names match theirs, best first. */
    SimilarPersons similarTo(long personId);

    /** @param proceedings the proceedings the person takes part in */
    record SimilarPersons(long personId, String pseudonym, List<Long> proceedings, List<Similar> others) {
    }

    record Similar(long personId, String pseudonym, List<Long> proceedings, double score) {
    }
}
