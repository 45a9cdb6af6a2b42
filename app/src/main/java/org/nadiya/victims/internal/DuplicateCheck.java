package org.nadiya.victims.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.match.persons.BirthDate;
import org.nadiya.security.CurrentUser;
import org.nadiya.victims.Identity;
import org.nadiya.victims.NewPerson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Possible duplicates of a person being registered (issue 19, decision 0055): persons the registering user may see
 * whose names, dates of birth and phones make them possibly the same person, shown by pseudonym with the score and
 * the evidence that agreed — never a name. The user registers a new person anyway or opens the existing one; the
 * decision is recorded with the persons shown, and audited.
 */
@Service
class DuplicateCheck {

    /** Possible duplicates shown at most, best first. */
    static final int SHOWN = 5;

    private final PersonNameIndex index;
    private final PersonService persons;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    DuplicateCheck(PersonNameIndex index, PersonService persons, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.index = index;
        this.persons = persons;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A possible duplicate as a screen shows it: the evidence in parts, for the bundles to word. */
    record PossibleDuplicate(long personId, String pseudonym, double score, boolean likely, double nameScore,
                             BirthDate.Agreement dates, boolean samePhone) {

        public int percent() {
            return (int) Math.round(score * 100);
        }

        public int namePercent() {
            return (int) Math.round(nameScore * 100);
        }

        /** The message key of how the dates of birth relate, or null when either is unknown. */
        public String datesKey() {
            return dates == null ? null : "duplicates.dates." + dates.name();
        }
    }

    @Transactional(readOnly = true)
    public List<PossibleDuplicate> find(CurrentUser user, Identity identity) {
        if (identity == null) {
            return List.of();
        }
        var names = new ArrayList<String>(2);
        names.add(identity.nameCyrillic());
        names.add(identity.nameLatin());
        var found = index.possiblySame(names, identity.birthDate(), identity.phone(),
                ids -> persons.visibleAmong(user, ids), SHOWN);
        return found.stream().map(p -> new PossibleDuplicate(p.personId(), p.pseudonym(), p.match().score(),
                p.match().match(), p.match().nameScore(), p.match().dates(), p.match().sharedIdentifier() != null)).toList();
    }

    /** What the user's decision came to: the person registered, or the existing one chosen. */
    record Decided(long personId, boolean existing) {
    }

    /**
     * Carries out the user's decision about the possible duplicates shown (none shown: registers): {@code new} registers
     * the person anyway, {@code existing:ID} takes that person instead. Null when duplicates were shown and the user has
     * not decided yet; a person not among those shown is refused.
     */
    @Transactional
    public Decided decide(CurrentUser user, NewPerson person, List<PossibleDuplicate> shown, String decision) {
        if (shown.isEmpty()) {
            return new Decided(persons.register(user, person), false);
        }
        if ("new".equals(decision)) {
            return new Decided(registerNew(user, person, shown), false);
        }
        if (decision != null && decision.startsWith("existing:")) {
            long chosen;
            try {
                chosen = Long.parseLong(decision.substring("existing:".length()).trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("duplicates", "error.victims.duplicateNotShown");
            }
            chooseExisting(user, chosen, shown);
            return new Decided(chosen, true);
        }
        if (decision != null && !decision.isBlank()) {
            throw new InvalidInputException("duplicates", "error.victims.duplicateDecision");
        }
        persons.checkRegistration(user, person); // what is wrong with the input comes before a decision on it
        audit.record(AuditEvent.allowed("PERSON_DUPLICATES_SHOWN", "person", null).by(user.username())
                .with(shown.stream().map(PossibleDuplicate::pseudonym).collect(Collectors.joining(", "))));
        return null;
    }

    /** Registers the person although possible duplicates were shown, recording that decision in the same transaction. */
    @Transactional
    public long registerNew(CurrentUser user, NewPerson person, List<PossibleDuplicate> shown) {
        long id = persons.register(user, person);
        record(user, "NEW_PERSON", id, null, shown);
        return id;
    }

    /** Records that the user took an existing person (one of those shown) instead of registering a new one. */
    @Transactional
    public void chooseExisting(CurrentUser user, long chosen, List<PossibleDuplicate> shown) {
        if (shown.stream().noneMatch(p -> p.personId() == chosen)) {
            throw new InvalidInputException("duplicates", "error.victims.duplicateNotShown");
        }
        record(user, "EXISTING_PERSON", null, chosen, shown);
    }

    private void record(CurrentUser user, String decision, Long registered, Long chosen, List<PossibleDuplicate> shown) {
        String list = shown.stream().map(p -> p.personId() + ":" + String.format(java.util.Locale.ROOT, "%.4f", p.score()))
                .collect(Collectors.joining(","));
        jdbc.sql("insert into person_duplicate_decision (decision, registered_id, chosen_id, shown, decided_by, decided_at)"
                        + " values (:d, :r, :c, :s, :u, :at)")
                .param("d", decision).param("r", registered).param("c", chosen).param("s", list).param("u", user.id())
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        audit.record(AuditEvent.allowed("PERSON_DUPLICATES_DECIDED", "person", registered != null ? registered : chosen)
                .by(user.username()).with(decision + "; shown " + shown.stream().map(PossibleDuplicate::pseudonym)
                        .collect(Collectors.joining(", "))));
    }
}
