package org.nadiya.victims.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.match.names.NameScore;
import org.nadiya.match.names.NameScorer;
import org.nadiya.match.names.PersonName;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.FieldEncryption;
import org.nadiya.security.InvalidInputException;
import org.nadiya.victims.PersonNameSearch;
import org.nadiya.victims.PersonRow;
import org.nadiya.victims.Persons;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores the query against the stored names of the persons the user sees. The names are decrypted in memory
 * for scoring only and never returned. Scanning is linear in the persons a user sees (a team: hundreds); a keyed-hash
 * blocking index is the step for a national-scale search (docs/links.md).
 */
@Service
class PersonNameSearchService implements PersonNameSearch {

    private static final int MAX_SCANNED = 5_000;

    private final Persons persons;
    private final PersonStore store;
    private final FieldEncryption encryption;
    private final AuditLog audit;
    private final NameScorer scorer = new NameScorer();

    PersonNameSearchService(Persons persons, PersonStore store, FieldEncryption encryption, AuditLog audit) {
        this.persons = persons;
        this.store = store;
        this.encryption = encryption;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<NameMatch> search(CurrentUser user, String query, int limit) {
        PersonName wanted = PersonName.of(query == null ? "" : query);
        if (wanted.isEmpty()) {
            throw new InvalidInputException("q", "type a name in Cyrillic or Latin letters");
        }
        var matches = new ArrayList<NameMatch>();
        int scanned = 0;
        for (int page = 0; scanned < MAX_SCANNED; page++) {
            var rows = persons.list(user, page, 200);
            for (PersonRow row : rows.rows()) {
                scanned++;
                best(wanted, row).ifPresent(matches::add);
            }
            if (!rows.hasNext()) {
                break;
            }
        }
        matches.sort(Comparator.comparingDouble(NameMatch::score).reversed());
        var shown = matches.subList(0, Math.min(limit, matches.size()));
        audit.record(AuditEvent.allowed("PERSON_NAME_SEARCH", "protected_person", null).by(user.username())
                .with(scanned + " persons scanned, " + shown.size() + " shown"));
        return List.copyOf(shown);
    }

    private java.util.Optional<NameMatch> best(PersonName wanted, PersonRow row) {
        var stored = store.readIdentity(row.id(), List.of(IdentityColumns.NAME_CYRILLIC.column(),
                IdentityColumns.NAME_LATIN.column()));
        NameScore best = null;
        for (var column : List.of(IdentityColumns.NAME_CYRILLIC, IdentityColumns.NAME_LATIN)) {
            String sealed = stored.get(column.column());
            if (sealed == null) {
                continue;
            }
            var score = scorer.explain(wanted, PersonName.of(encryption.decrypt(sealed, column.context(row.pseudonym()))));
            if (best == null || score.score() > best.score()) {
                best = score;
            }
        }
        if (best == null || best.score() < MIN_SCORE) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new NameMatch(row.id(), row.pseudonym(), row.kind(), best.score(), best.reasons()));
    }
}
