package org.nadiya.victims.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.match.names.PersonName;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.victims.PersonNameSearch;
import org.nadiya.victims.Persons;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores the query against the stored names of the persons the user sees that share a blocking key with it (the
 * keyed-hash index, decision 0029), so the work grows with the namesakes, not with the register. The names are
 * decrypted in memory for scoring only and never returned.
 */
@Service
class PersonNameSearchService implements PersonNameSearch {

    private final Persons persons;
    private final PersonNameIndex index;
    private final AuditLog audit;

    PersonNameSearchService(Persons persons, PersonNameIndex index, AuditLog audit) {
        this.persons = persons;
        this.index = index;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<NameMatch> search(CurrentUser user, String query, int limit) {
        PersonName wanted = PersonName.of(query == null ? "" : query);
        if (wanted.isEmpty()) {
            throw new InvalidInputException("q", "error.victims.q.name");
        }
        var candidates = index.candidatesFor(query);
        var visible = persons.visibleAmong(user, candidates);
        var matches = new ArrayList<NameMatch>();
        index.score(wanted, candidates.stream().filter(visible::contains).toList()).forEach((person, score) -> {
            if (score.score() >= MIN_SCORE) {
                matches.add(new NameMatch(person.id(), person.pseudonym(), person.kind(), score.score(), score.reasons()));
            }
        });
        matches.sort(Comparator.comparingDouble(NameMatch::score).reversed());
        var shown = matches.subList(0, Math.min(limit, matches.size()));
        audit.record(AuditEvent.allowed("PERSON_NAME_SEARCH", "protected_person", null).by(user.username())
                .with(visible.size() + " persons scored of " + candidates.size() + " sharing a key, " + shown.size() + " shown"));
        return List.copyOf(shown);
    }
}
