package org.nadiya.links;

import java.util.List;

import org.nadiya.victims.PersonNameSearch;

/**
 * What a team search found: persons by name across scripts (pseudonym and score) and identifiers equal to the
 * query in proceedings the user sees.
 */
public record SearchResult(List<PersonNameSearch.NameMatch> persons, List<LinkedIdentifier> identifiers) {
}
