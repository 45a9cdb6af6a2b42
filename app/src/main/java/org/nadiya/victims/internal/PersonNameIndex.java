package org.nadiya.victims.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nadiya.match.identifiers.IdentifierKind;
import org.nadiya.match.identifiers.Identifiers;
import org.nadiya.match.names.NameScore;
import org.nadiya.match.names.NameScorer;
import org.nadiya.match.names.PersonName;
import org.nadiya.match.persons.BirthDate;
import org.nadiya.match.persons.PersonMatch;
import org.nadiya.match.persons.PersonMatcher;
import org.nadiya.match.persons.PersonRecord;
import org.nadiya.security.FieldEncryption;
import org.nadiya.victims.PersonIndexed;
import org.nadiya.victims.PersonNameMatches;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keyed-hash blocking index of names (decision 0029): written in the transaction that stores a person's
 * identity, probed for name hits between proceedings, for the team search and for possible duplicates at
 * registration. Candidates sharing a key are scored by the engine's {@link NameScorer} — and, for hits and duplicates,
 * its {@link PersonMatcher} with the dates of birth (decision 0055) — on their names and dates decrypted here, in
 * memory; nothing leaves but ids, pseudonyms, scores and which evidence agreed.
 */
@Service
class PersonNameIndex implements PersonNameMatches {

    /** Candidates scored per look-up at most: a key shared by more persons is a common name and adds little. */
    static final int MAX_CANDIDATES = 5_000;

    /** Similar persons returned at most (best first): beyond it a name is too common for a hit to tell a team much. */
    static final int MAX_SIMILAR = 50;

    private final NameIndexStore store;
    private final NameKeys keys;
    private final PersonStore persons;
    private final FieldEncryption encryption;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NameScorer scorer = new NameScorer();
    private final PersonMatcher matcher = new PersonMatcher();
    /** Phones only (no card is read here), so the card key is a throw-away. */
    private final Identifiers identifiers = new Identifiers(throwAwayKey());

    PersonNameIndex(NameIndexStore store, NameKeys keys, PersonStore persons, FieldEncryption encryption,
                    ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.persons = persons;
        this.encryption = encryption;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the keys of the person's names (replacing any); call in the transaction that writes the identity. */
    void index(long personId, String fullName, String nameLatin) {
        store.replace(personId, keys.stored(spellings(fullName, nameLatin)), NameKeys.RULES_VERSION, clock.instant());
    }

    /** Tells listeners (links) to look for the person in other proceedings, after the commit. */
    void changed(long personId) {
        events.publishEvent(new PersonIndexed(personId));
    }

    /** Indexes persons not yet indexed under the current rules (after an upgrade); returns how many. */
    @Transactional
    int indexPending(int batch) {
        var ids = store.unindexed(NameKeys.RULES_VERSION, batch);
        var linked = persons.proceedingsOf(ids);
        for (var sealed : store.names(ids)) {
            var names = open(sealed);
            index(sealed.id(), names.get(0), names.get(1));
            if (!linked.getOrDefault(sealed.id(), List.of()).isEmpty()) {
                changed(sealed.id());
            }
        }
        return ids.size();
    }

    @Override
    @Transactional(readOnly = true)
    public SimilarPersons similarTo(long personId) {
        var own = store.names(List.of(personId)).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no person " + personId));
        var ownNames = open(own).stream().filter(n -> n != null).map(PersonName::of).filter(n -> !n.isEmpty()).toList();
        var candidates = store.candidates(keys.probe(open(own)), personId, MAX_CANDIDATES);
        var proceedings = persons.proceedingsOf(candidates);
        var withProceedings = candidates.stream().filter(id -> !proceedings.getOrDefault(id, List.of()).isEmpty()).toList();
        var similar = new ArrayList<Similar>();
        BirthDate ownDate = birthDate(own);
        for (var other : store.names(withProceedings)) {
            List<String> theirs = open(other);
            double name = 0;
            for (String text : theirs) {
                if (text == null) {
                    continue;
                }
                PersonName theirName = PersonName.of(text);
                for (PersonName mine : ownNames) {
                    name = Math.max(name, scorer.score(mine, theirName));
                }
            }
            BirthDate otherDate = name >= PersonMatcher.NAME_FLOOR && ownDate != null ? birthDate(other) : null;
            double score;
            if (otherDate != null) {
                // Both dates known: the date confirms the name, or rules it out (decision 0055).
                var best = best(ownNames, ownDate, Set.of(), theirs, otherDate, Set.of());
                score = best != null && best.match() ? best.score() : 0;
            } else {
                score = name >= NameScorer.DEFAULT_THRESHOLD ? name : 0;
            }
            if (score > 0) {
                similar.add(new Similar(other.id(), other.pseudonym(), proceedings.get(other.id()), score));
            }
        }
        similar.sort(Comparator.comparingDouble(Similar::score).reversed());
        return new SimilarPersons(personId, own.pseudonym(),
                persons.proceedingsOf(List.of(personId)).getOrDefault(personId, List.of()),
                List.copyOf(similar.subList(0, Math.min(MAX_SIMILAR, similar.size()))));
    }

    /** Ids of the persons sharing a probe key with the query (at most {@link #MAX_CANDIDATES}). */
    List<Long> candidatesFor(String query) {
        return store.candidates(keys.probe(List.of(query)), -1, MAX_CANDIDATES);
    }

    /** Scores the query against each person's stored spellings; the best per person, with the engine's reasons. */
    Map<NameIndexStore.SealedNames, NameScore> score(PersonName query, List<Long> personIds) {
        var scores = new java.util.LinkedHashMap<NameIndexStore.SealedNames, NameScore>();
        for (var sealed : store.names(personIds)) {
            NameScore best = null;
            for (String text : open(sealed)) {
                if (text == null) {
                    continue;
                }
                var score = scorer.explain(query, PersonName.of(text));
                if (best == null || score.score() > best.score()) {
                    best = score;
                }
            }
            if (best != null) {
                scores.put(sealed, best);
            }
        }
        return scores;
    }

    /**
     * Persons the given user may see (by {@code visible}) whose names share a key with the given names and whose
     * name and other evidence make them possibly the same person: the name at least weak evidence (an initial, a
     * diminutive, one word: {@link PersonMatcher#NAME_FLOOR}) and the person score as high; best first, at most
     * {@code limit}.
     */
    List<Possible> possiblySame(List<String> names, java.time.LocalDate born, String phone,
                                java.util.function.Function<List<Long>, Set<Long>> visible, int limit) {
        var mine = names.stream().filter(n -> n != null && !n.isBlank()).map(PersonName::of).filter(n -> !n.isEmpty()).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        var candidates = store.candidates(keys.probe(names), -1, MAX_CANDIDATES);
        var seen = visible.apply(candidates);
        BirthDate date = born == null ? null : new BirthDate(born.getYear(), born.getMonthValue(), born.getDayOfMonth());
        Set<String> myPhone = phoneKey(phone);
        var possible = new ArrayList<Possible>();
        for (var other : store.names(candidates.stream().filter(seen::contains).toList())) {
            var evidence = identityEvidence(other);
            var best = best(mine, date, myPhone, open(other), evidence.date(), evidence.phone());
            if (best != null && best.nameScore() >= PersonMatcher.NAME_FLOOR && best.score() >= PersonMatcher.NAME_FLOOR) {
                possible.add(new Possible(other.id(), other.pseudonym(), best));
            }
        }
        possible.sort(Comparator.comparingDouble((Possible p) -> p.match().score()).reversed());
        return List.copyOf(possible.subList(0, Math.min(limit, possible.size())));
    }

    /** A possibly same person: id, pseudonym and the engine's match (score, evidence). */
    record Possible(long personId, String pseudonym, PersonMatch match) {
    }

    private PersonMatch best(List<PersonName> mine, BirthDate myDate, Set<String> myIdentifiers, List<String> theirs,
                             BirthDate theirDate, Set<String> theirIdentifiers) {
        PersonMatch best = null;
        for (String text : theirs) {
            if (text == null) {
                continue;
            }
            var other = new PersonRecord("other", PersonName.of(text), theirDate, theirIdentifiers);
            for (PersonName name : mine) {
                var match = matcher.match(new PersonRecord("own", name, myDate, myIdentifiers), other);
                if (best == null || match.score() > best.score()) {
                    best = match;
                }
            }
        }
        return best;
    }

    private BirthDate birthDate(NameIndexStore.SealedNames person) {
        return identityEvidence(person).date();
    }

    private record IdentityEvidence(BirthDate date, Set<String> phone) {
    }

    /** The date of birth and the phone's match key, decrypted here (either may be missing). */
    private IdentityEvidence identityEvidence(NameIndexStore.SealedNames person) {
        var stored = persons.readIdentity(person.id(), List.of(IdentityColumns.BIRTH_DATE.column(), IdentityColumns.PHONE.column()));
        String born = stored.get(IdentityColumns.BIRTH_DATE.column());
        String phone = stored.get(IdentityColumns.PHONE.column());
        BirthDate date = null;
        if (born != null) {
            var day = java.time.LocalDate.parse(encryption.decrypt(born, IdentityColumns.BIRTH_DATE.context(person.pseudonym())));
            date = new BirthDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        }
        return new IdentityEvidence(date, phone == null ? Set.of()
                : phoneKey(encryption.decrypt(phone, IdentityColumns.PHONE.context(person.pseudonym()))));
    }

    private Set<String> phoneKey(String phone) {
        if (phone == null || phone.isBlank()) {
            return Set.of();
        }
        var check = identifiers.check(IdentifierKind.PHONE, phone);
        return check.isValid() ? Set.of(check.identifier().matchKey()) : Set.of();
    }

    /** The full name (family, given, patronymic) and the Latin name, decrypted (either may be null). */
    private List<String> open(NameIndexStore.SealedNames sealed) {
        String oneLine = decrypt(sealed.oneLine(), IdentityColumns.NAME_ONE_LINE, sealed);
        String full = oneLine != null ? oneLine : org.nadiya.victims.Identity.fullName(
                decrypt(sealed.family(), IdentityColumns.FAMILY_NAME, sealed),
                decrypt(sealed.given(), IdentityColumns.GIVEN_NAME, sealed),
                decrypt(sealed.patronymic(), IdentityColumns.PATRONYMIC, sealed));
        return spellings(full, decrypt(sealed.latin(), IdentityColumns.NAME_LATIN, sealed));
    }

    private String decrypt(String sealed, org.nadiya.security.EncryptedColumn column, NameIndexStore.SealedNames person) {
        return sealed == null ? null : encryption.decrypt(sealed, column.context(person.pseudonym()));
    }

    private static byte[] throwAwayKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }

    private static List<String> spellings(String cyrillic, String latin) {
        var list = new ArrayList<String>(2);
        list.add(cyrillic);
        list.add(latin);
        return list;
    }
}
