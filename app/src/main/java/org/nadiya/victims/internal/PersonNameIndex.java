package org.nadiya.victims.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.nadiya.match.names.NameScore;
import org.nadiya.match.names.NameScorer;
import org.nadiya.match.names.PersonName;
import org.nadiya.security.FieldEncryption;
import org.nadiya.victims.PersonIndexed;
import org.nadiya.victims.PersonNameMatches;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keyed-hash blocking index of names (decision 0029): written in the transaction that stores a person's
 * identity, probed for name hits between proceedings and for the team search. Candidates sharing a key are scored
 * by the engine's {@link NameScorer} on their names decrypted here, in memory; nothing leaves but ids, pseudonyms
 * and scores.
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
    void index(long personId, String nameCyrillic, String nameLatin) {
        store.replace(personId, keys.stored(spellings(nameCyrillic, nameLatin)), NameKeys.RULES_VERSION, clock.instant());
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
        for (var other : store.names(withProceedings)) {
            double best = 0;
            for (String text : open(other)) {
                if (text == null) {
                    continue;
                }
                PersonName name = PersonName.of(text);
                for (PersonName mine : ownNames) {
                    best = Math.max(best, scorer.score(mine, name));
                }
            }
            if (best >= NameScorer.DEFAULT_THRESHOLD) {
                similar.add(new Similar(other.id(), other.pseudonym(), proceedings.get(other.id()), best));
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

    /** The Cyrillic and the Latin name, decrypted (either may be null). */
    private List<String> open(NameIndexStore.SealedNames sealed) {
        return spellings(
                sealed.cyrillic() == null ? null
                        : encryption.decrypt(sealed.cyrillic(), IdentityColumns.NAME_CYRILLIC.context(sealed.pseudonym())),
                sealed.latin() == null ? null
                        : encryption.decrypt(sealed.latin(), IdentityColumns.NAME_LATIN.context(sealed.pseudonym())));
    }

    private static List<String> spellings(String cyrillic, String latin) {
        var list = new ArrayList<String>(2);
        list.add(cyrillic);
        list.add(latin);
        return list;
    }
}
