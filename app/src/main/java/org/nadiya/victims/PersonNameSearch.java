package org.nadiya.victims;

import java.util.List;

import org.nadiya.security.CurrentUser;

/**
 * Finds persons the user sees by name across Cyrillic and Latin spellings (the {@code match} engine's scorer):
 * the answer names each person by pseudonym with the score and its reasons, never the name itself. Every search
 * is audited without the query (it is personal data).
 */
public interface PersonNameSearch {

    /** Persons scoring at least {@link #MIN_SCORE} against {@code query}, best first, at most {@code limit}. */
    List<NameMatch> search(CurrentUser user, String query, int limit);

    double MIN_SCORE = 0.5;

    record NameMatch(long personId, String pseudonym, PersonKind kind, double score, List<String> reasons) {
    }
}
