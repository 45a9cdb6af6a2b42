package org.nadiya.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.AuditQuery;
import org.nadiya.cases.ExploitationForm;
import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.LegalQualification;
import org.nadiya.cases.ProceedingDraft;
import org.nadiya.cases.Proceedings;
import org.nadiya.cases.TeamRole;
import org.nadiya.match.identifiers.IdentifierKind;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.TestUsers;
import org.nadiya.victims.Identity;
import org.nadiya.victims.NewPerson;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.PersonNameSearch;
import org.nadiya.victims.Persons;
import org.nadiya.victims.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Identifiers, sensitive values at rest, CSV import, hit/no-hit deconfliction, events from other modules and the
 * team search across scripts, on every database.
 */
abstract class LinksContract {

    private static final AtomicLong ERDR = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100 + 17);
    static final String RNOKPP = "3652504575";
    static final String CARD = "4111 1111 1111 1111";
    static final String IBAN = "UA213223130000026007233566001";

    @Autowired
    Links links;

    @Autowired
    Proceedings proceedings;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    CurrentUser prosecutorA;
    CurrentUser investigatorA;
    CurrentUser prosecutorB;
    CurrentUser outsider;
    CurrentUser supervisorA;
    long a;
    long b;
    /** A unique phone per test, so hits of earlier tests (same database) do not interfere. */
    String phone;

    @BeforeEach
    void teams() {
        prosecutorA = user(Role.PROSECUTOR, "PROSECUTOR", "UA-53", false);
        investigatorA = user(Role.INVESTIGATOR, "NPU", "UA-53", false);
        prosecutorB = user(Role.PROSECUTOR, "PROSECUTOR", "UA-46", false);
        outsider = user(Role.INVESTIGATOR, "NPU", "UA-53", false);
        supervisorA = user(Role.PROSECUTOR, "PROSECUTOR", "UA-53", true);
        a = proceeding(prosecutorA, "UA-53", "Вербування на будівництво за кордоном (тест А)");
        proceedings.addMember(prosecutorA, a, investigatorA.username(), TeamRole.INVESTIGATOR);
        b = proceeding(prosecutorB, "UA-46", "Таємниця команди Б: агент під прикриттям");
        phone = String.format("+38067%07d", ERDR.incrementAndGet() % 10_000_000);
    }

    @Test
    void anIdentifierIsNormalisedByTheEngineAndBadInputNamesTheFieldAndTheReason() {
        var added = links.add(prosecutorA, a, new NewIdentifier("phone", "(0" + phone.substring(4, 6) + ") " + phone.substring(6), null),
                IdentifierSource.MANUAL);
        assertThat(added.kind()).isEqualTo(IdentifierKind.PHONE);
        assertThat(added.display()).isEqualTo(phone);
        assertThat(links.identifiers(investigatorA, a)).extracting(LinkedIdentifier::display).contains(phone);

        assertThatThrownBy(() -> links.add(prosecutorA, a, new NewIdentifier("iban", "UA213223130000026007233566002", null),
                IdentifierSource.MANUAL)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("value");
                    assertThat(e.problems().get(0).text(java.util.Locale.ENGLISH)).contains("iban").contains("mod-97");
                });
        assertThatThrownBy(() -> links.add(prosecutorA, a, new NewIdentifier("fax", "1", null), IdentifierSource.MANUAL))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @Test
    void noIdentifierIsStoredInClear() {
        links.add(prosecutorA, a, new NewIdentifier("rnokpp", RNOKPP, null), IdentifierSource.MANUAL);
        links.add(prosecutorA, a, new NewIdentifier("card", CARD, null), IdentifierSource.MANUAL);
        links.add(prosecutorA, a, new NewIdentifier("phone", phone, null), IdentifierSource.MANUAL);
        links.add(prosecutorB, b, new NewIdentifier("phone", phone, null), IdentifierSource.MANUAL);
        String digits = phone.replaceAll("\\D", "").substring(3);
        var rows = jdbc.sql("select match_key, display, coalesce(value_enc, '') from link_identifier where proceeding_id = :p")
                .param("p", a).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).list();
        assertThat(rows).hasSize(3).noneMatch(r -> r.contains(RNOKPP) || r.contains("4111111111111111")
                || r.contains("******4575") || r.contains("411111******1111") || r.contains(digits));
        assertThat(rows).allMatch(r -> r.matches("[A-Z]+:hmac:[0-9a-f]{64}\\|v1:.*"));
        assertThat(jdbc.sql("select match_key from link_hit where proceeding_a = :a or proceeding_b = :a")
                .param("a", a).query(String.class).list()).isNotEmpty().allMatch(k -> k.matches("PHONE:hmac:[0-9a-f]{64}"));
        assertThat(links.identifiers(prosecutorA, a)).extracting(LinkedIdentifier::display)
                .contains("******4575", "411111******1111").anyMatch(d -> d.replaceAll("\\D", "").endsWith(digits));
    }

    @Test
    void aCsvImportIsAllOrNothingWithEveryBadLineNumbered() {
        String bad = "kind,value\nphone," + phone + "\niban,UA000\n\ncard,1234\n\"postal-address\",\"вул. Хрещатик, 1, Київ\"\n";
        assertThatThrownBy(() -> links.importCsv(prosecutorA, a, bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("csv");
                    assertThat(e.problems().get(0).text(java.util.Locale.ENGLISH)).contains("2 bad lines").contains("line 3: iban").contains("line 5: card");
                });
        assertThat(links.identifiers(prosecutorA, a)).isEmpty();

        String good = "phone," + phone + "\n\"postal-address\",\"вул. Хрещатик, 1, Київ\"\nphone," + phone + "\n";
        assertThat(links.importCsv(prosecutorA, a, good)).isEqualTo(2);
        assertThat(links.identifiers(prosecutorA, a)).extracting(LinkedIdentifier::source).containsOnly(IdentifierSource.CSV);
    }

    @Test
    void aHitTellsBothTeamsOnlyThatAMatchExistsItsKindAndTheOtherTeamsContact() {
        links.add(prosecutorB, b, new NewIdentifier("phone", phone, null), IdentifierSource.MANUAL);
        String secretOfB = "agent" + phone.substring(6) + "@example.org";
        links.add(prosecutorB, b, new NewIdentifier("email", secretOfB, null), IdentifierSource.MANUAL);
        links.add(investigatorA, a, new NewIdentifier("phone", phone, null), IdentifierSource.MANUAL);

        var seenByA = links.hits(investigatorA, a);
        assertThat(seenByA).hasSize(1);
        var hit = seenByA.get(0);
        assertThat(hit.kind()).isEqualTo(IdentifierKind.PHONE);
        assertThat(hit.transnational()).as("Poltava and Lviv regions").isTrue();
        assertThat(hit.otherProceedingId()).isNull();
        assertThat(hit.otherContacts()).extracting(HitContact::displayName).containsExactly(prosecutorB.displayName());
        assertThat(hit.ownIdentifiers()).containsExactly(phone);
        assertThat(hit.toString()).doesNotContain("агент").doesNotContain(secretOfB);

        var seenByB = links.hits(prosecutorB, b);
        assertThat(seenByB).extracting(Hit::id).containsExactly(hit.id());
        assertThat(seenByB.get(0).otherContacts()).extracting(HitContact::role)
                .containsExactlyInAnyOrder(TeamRole.PROSECUTOR, TeamRole.INVESTIGATOR);
        assertThat(audit.count(new AuditQuery(null, "HIT_FOUND", "link_hit", String.valueOf(hit.id()), null, null, null, 0, 50)))
                .isEqualTo(1);

        assertThatThrownBy(() -> links.hits(outsider, a)).isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> links.identifiers(outsider, b)).isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> links.requestAccess(outsider, hit.id(), "цікаво")).isInstanceOf(NotVisibleException.class);
    }

    @Test
    void eitherTeamRequestsAccessAndTheOtherAcceptsOrDeclinesEveryStepAudited() {
        links.add(prosecutorB, b, new NewIdentifier("iban", IBAN.substring(0, 4) + " " + IBAN.substring(4), null),
                IdentifierSource.MANUAL);
        links.add(prosecutorA, a, new NewIdentifier("iban", IBAN, null), IdentifierSource.MANUAL);
        long hitId = links.hits(prosecutorA, a).stream().filter(h -> h.kind() == IdentifierKind.IBAN)
                .filter(h -> h.otherContacts().stream().anyMatch(c -> c.displayName().equals(prosecutorB.displayName())))
                .findFirst().orElseThrow().id();

        assertThatThrownBy(() -> links.requestAccess(prosecutorA, hitId, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> links.requestAccess(supervisorA, hitId, "нагляд")).isInstanceOf(AccessDeniedException.class);
        long first = links.requestAccess(prosecutorA, hitId, "спільна група");
        assertThatThrownBy(() -> links.requestAccess(prosecutorA, hitId, "ще раз"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("hit"));
        assertThatThrownBy(() -> links.decide(prosecutorA, first, true, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> links.decide(prosecutorB, first, false, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        links.decide(prosecutorB, first, false, "операція триває");
        var declined = hit(prosecutorA, a, hitId);
        assertThat(declined.request().state()).isEqualTo(AccessState.DECLINED);
        assertThat(declined.otherProceedingId()).isNull();

        long second = links.requestAccess(prosecutorA, hitId, "затримано підозрюваного");
        var incoming = hit(prosecutorB, b, hitId).request();
        assertThat(incoming.incoming()).isTrue();
        links.decide(prosecutorB, second, true, null);
        assertThatThrownBy(() -> links.decide(prosecutorB, second, false, "передумали"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("request"));
        assertThat(hit(prosecutorA, a, hitId).otherProceedingId()).isEqualTo(b);
        assertThat(hit(prosecutorB, b, hitId).otherProceedingId()).isEqualTo(a);
        for (String action : List.of("HIT_ACCESS_REQUESTED", "HIT_ACCESS_DECLINED", "HIT_ACCESS_ACCEPTED")) {
            assertThat(audit.count(new AuditQuery(null, action, "link_hit", String.valueOf(hitId), null, null, null, 0, 50)))
                    .as(action).isPositive();
        }
    }

    @Test
    void noHitWithinOneProceedingAndAHitInOneRegionIsNotTransnational() {
        long c = proceeding(prosecutorA, "UA-53", "Друга справа тієї ж команди");
        links.add(prosecutorA, a, new NewIdentifier("phone", phone, null), IdentifierSource.MANUAL);
        assertThatThrownBy(() -> links.add(prosecutorA, a, new NewIdentifier("phone", phone.replace("+380", "0"), null),
                IdentifierSource.MANUAL)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).text(java.util.Locale.ENGLISH)).contains("already holds " + phone));
        assertThat(links.hits(prosecutorA, a)).isEmpty();
        links.add(prosecutorA, c, new NewIdentifier("phone", phone, null), IdentifierSource.MANUAL);
        assertThat(links.hits(prosecutorA, c)).singleElement().satisfies(h -> assertThat(h.transnational()).isFalse());

        String foreign = "+4822" + String.format("%07d", ERDR.incrementAndGet() % 10_000_000);
        links.add(prosecutorA, a, new NewIdentifier("phone", foreign, null), IdentifierSource.MANUAL);
        links.add(prosecutorA, c, new NewIdentifier("phone", foreign, null), IdentifierSource.MANUAL);
        assertThat(links.hits(prosecutorA, c)).filteredOn(h -> h.ownIdentifiers().contains(foreign))
                .singleElement().satisfies(h -> assertThat(h.transnational()).as("a Polish number").isTrue());
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    org.nadiya.security.FieldEncryption encryption;

    @Test
    void identifiersFoundByAnotherModuleAreStoredAfterItsCommitInvalidOnesSkipped() {
        links.add(prosecutorB, b, new NewIdentifier("phone", phone, null), IdentifierSource.MANUAL);
        transactions.executeWithoutResult(t -> events.publishEvent(IdentifiersFound.seal(encryption, a, null,
                IdentifierSource.AD, investigatorA.username(), List.of(new IdentifiersFound.Found("phone", phone),
                        new IdentifiersFound.Found("handle", "@verbuvalnyk_" + phone.substring(7)),
                        new IdentifiersFound.Found("iban", "UA00")))));
        var stored = org.nadiya.testsupport.Eventually.value(() -> links.identifiers(prosecutorA, a), l -> l.size() == 2);
        assertThat(stored).extracting(LinkedIdentifier::source).containsOnly(IdentifierSource.AD);
        assertThat(stored).extracting(LinkedIdentifier::createdBy).containsOnly(investigatorA.username());
        assertThat(links.hits(prosecutorB, b)).extracting(Hit::kind).containsExactly(IdentifierKind.PHONE);
    }

    @Autowired
    Persons persons;

    @Test
    void theTeamFindsItsPersonByALatinSpellingAndByAnIdentifierOthersFindNothing() {
        var coordinator = user(Role.COORDINATOR, "COORDINATION_CENTRE", "UA-53", false);
        String surname = "Шевч" + "енко";
        long person = persons.register(coordinator, new NewPerson(PersonKind.VICTIM, Sex.MALE, "UA", "UA-53",
                Set.of(ExploitationForm.FORCED_LABOUR), false, new Identity("Тарас Григорович " + surname, null,
                        LocalDate.of(1990, 3, 9), null, null, null, null, null), a, PersonKind.VICTIM));
        links.add(prosecutorA, a, new NewIdentifier("phone", phone, person), IdentifierSource.MANUAL);

        var byLatin = links.search(prosecutorA, "Taras Shevchenko");
        assertThat(byLatin.persons()).extracting(PersonNameSearch.NameMatch::personId).contains(person);
        assertThat(byLatin.persons()).filteredOn(m -> m.personId() == person).singleElement()
                .satisfies(m -> assertThat(m.score()).isGreaterThanOrEqualTo(PersonNameSearch.MIN_SCORE));
        assertThat(links.search(prosecutorA, "Petro Kovalenko").persons())
                .extracting(PersonNameSearch.NameMatch::personId).doesNotContain(person);

        var byPhone = links.search(investigatorA, "0" + phone.substring(4));
        assertThat(byPhone.identifiers()).singleElement().satisfies(i -> {
            assertThat(i.proceedingId()).isEqualTo(a);
            assertThat(i.personId()).isEqualTo(person);
        });

        var other = links.search(prosecutorB, "Taras Shevchenko");
        assertThat(other.persons()).extracting(PersonNameSearch.NameMatch::personId).doesNotContain(person);
        assertThat(links.search(prosecutorB, phone).identifiers()).isEmpty();
        assertThatThrownBy(() -> links.search(user(Role.RESEARCHER, "RESEARCH", "UA", false), "Taras"))
                .isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> links.search(prosecutorA, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("q"));
    }

    long person(CurrentUser by, long proceeding, String region, String cyrillic, String latin) {
        return person(by, proceeding, region, cyrillic, latin, null);
    }

    long person(CurrentUser by, long proceeding, String region, String cyrillic, String latin, java.time.LocalDate born) {
        return persons.register(by, new NewPerson(PersonKind.VICTIM, Sex.MALE, "UA", region,
                Set.of(ExploitationForm.FORCED_LABOUR), false, new Identity(cyrillic, latin, born, null, null, null, null,
                        null), proceeding, PersonKind.VICTIM));
    }

    /** The name hits of a proceeding that point to the team of {@code other} (earlier tests leave namesakes behind). */
    List<Hit> nameHitsWith(CurrentUser user, long proceeding, CurrentUser other, int atLeast) {
        return org.nadiya.testsupport.Eventually.value(() -> links.hits(user, proceeding).stream()
                .filter(h -> h.basis() == HitBasis.PERSON_NAME)
                .filter(h -> h.otherContacts().stream().anyMatch(c -> c.displayName().equals(other.displayName())))
                .toList(), l -> l.size() >= atLeast);
    }

    @Test
    void personNamesAreIndexedAsKeyedHashesOnlyNeverInClear() {
        long p = person(prosecutorA, a, "UA-53", "Олександр Ковальчук", "Oleksandr Kovalchuk");
        var rows = jdbc.sql("select * from person_name_key where person_id = :p").param("p", p)
                .query((rs, n) -> {
                    var row = new StringBuilder();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        row.append(rs.getMetaData().getColumnName(c).toLowerCase(java.util.Locale.ROOT)).append('=')
                                .append(rs.getString(c)).append(';');
                    }
                    return row.toString();
                }).list();
        assertThat(rows).as("word and pair keys of both spellings").hasSizeGreaterThanOrEqualTo(3);
        assertThat(rows).allSatisfy(r -> assertThat(r).matches("key_hash=[0-9a-f]{32};person_id=" + p + ";"));
        String all = String.join("", rows).toLowerCase(java.util.Locale.ROOT);
        for (String clear : List.of("ковальчук", "олександр", "kovalchuk", "oleksandr", "kvls", "|")) {
            assertThat(all).doesNotContain(clear);
        }
        assertThat(jdbc.sql("select rules_version from person_name_indexed where person_id = :p").param("p", p)
                .query(Integer.class).single()).isEqualTo(2);
        long other = person(prosecutorB, b, "UA-46", null, "Aleksandr Kowaltschuk");
        var shared = jdbc.sql("select count(*) from person_name_key x join person_name_key y on x.key_hash = y.key_hash"
                + " where x.person_id = :p and y.person_id = :q").param("p", p).param("q", other).query(Long.class).single();
        assertThat(shared).as("the Latin spellings share a keyed hash with the Cyrillic name").isPositive();
    }

    @Test
    void transliteratedNamesInTwoProceedingsRaiseANameHitThatRevealsNothingOfTheOther() {
        long c = proceeding(prosecutorB, "UA-46", "Третя справа команди Б");
        long ours = person(prosecutorA, a, "UA-53", "Олександр Ковальчук", null);
        long theirs = person(prosecutorB, b, "UA-46", null, "Aleksandr Kowaltschuk");
        long alsoTheirs = person(prosecutorB, c, "UA-46", null, "Oleksandr Kovalchuk");
        long unrelated = person(prosecutorA, a, "UA-53", "Петро Мельничук", null);
        String theirPseudonym = persons.open(prosecutorB, theirs).pseudonym();

        var seenByA = nameHitsWith(investigatorA, a, prosecutorB, 2);
        assertThat(seenByA).as("Aleksandr Kowaltschuk in B and Oleksandr Kovalchuk in C").hasSize(2);
        String ourPseudonym = persons.open(prosecutorA, ours).pseudonym();
        assertThat(seenByA).allSatisfy(h -> {
            assertThat(h.kind()).isNull();
            assertThat(h.ownPersonId()).isEqualTo(ours);
            assertThat(h.ownIdentifiers()).containsExactly(ourPseudonym);
            assertThat(h.score()).isBetween(org.nadiya.match.names.NameScorer.DEFAULT_THRESHOLD, 1.0);
            assertThat(h.transnational()).as("Poltava and Lviv regions").isTrue();
            assertThat(h.otherProceedingId()).isNull();
            assertThat(h.toString()).doesNotContain(theirPseudonym).doesNotContain("Kowaltschuk")
                    .doesNotContain("Таємниця").doesNotContain("proceedingId=" + b + ",");
        });
        assertThat(seenByA).noneMatch(h -> h.ownPersonId() == unrelated);
        var seenByB = nameHitsWith(prosecutorB, b, prosecutorA, 1);
        assertThat(seenByB).singleElement().satisfies(h -> {
            assertThat(h.ownPersonId()).isEqualTo(theirs);
            assertThat(h.ownIdentifiers()).containsExactly(theirPseudonym).doesNotContain(ourPseudonym);
        });
        assertThat(links.hits(prosecutorB, c)).filteredOn(h -> h.basis() == HitBasis.PERSON_NAME)
                .extracting(Hit::ownPersonId).contains(alsoTheirs).doesNotContain(theirs);
        assertThatThrownBy(() -> links.hits(outsider, a)).isInstanceOf(NotVisibleException.class);

        long hitId = seenByB.get(0).id();
        long request = links.requestAccess(prosecutorB, hitId, "та сама потерпіла особа?");
        links.decide(prosecutorA, request, true, null);
        assertThat(hit(prosecutorB, b, hitId).otherProceedingId()).isEqualTo(a);
        assertThat(audit.count(new AuditQuery(null, "HIT_FOUND", "link_hit", String.valueOf(hitId), null, null, null, 0, 50)))
                .isEqualTo(1);
    }

    @Test
    void unrelatedNamesAndNamesWithinOneProceedingRaiseNoHit() {
        long ours = person(prosecutorA, a, "UA-53", "Олександр Ковальчук", null);
        person(prosecutorA, a, "UA-53", null, "Oleksandr Kovalchuk");
        long theirs = person(prosecutorB, b, "UA-46", "Андрій Ковальчук", null);
        person(prosecutorB, b, "UA-46", "Олександра Шевчук", null);
        long control = person(prosecutorB, b, "UA-46", null, "Iryna Melnyk");
        person(prosecutorA, a, "UA-53", "Ірина Мельник", null);
        var controlHits = nameHitsWith(prosecutorB, b, prosecutorA, 1);
        assertThat(controlHits).as("the control pair shows detection ran").extracting(Hit::ownPersonId).containsExactly(control);
        assertThat(links.hits(prosecutorA, a)).filteredOn(h -> h.basis() == HitBasis.PERSON_NAME)
                .filteredOn(h -> h.otherContacts().stream().anyMatch(x -> x.displayName().equals(prosecutorB.displayName())))
                .noneMatch(h -> h.ownPersonId() == ours);
        assertThat(links.hits(prosecutorB, b))
                .filteredOn(h -> h.otherContacts().stream().anyMatch(x -> x.displayName().equals(prosecutorA.displayName())))
                .noneMatch(h -> java.util.Objects.equals(h.ownPersonId(), theirs));
    }

    /** Issue 19: where both sides have a date of birth, it confirms the name or rules the hit out. */
    @Test
    void datesOfBirthConfirmOrRuleOutNameHits() {
        var born = java.time.LocalDate.of(1987, 3, 14);
        long namesake = person(prosecutorB, b, "UA-46", null, "Bohdan Vyhadanchuk", java.time.LocalDate.of(1961, 11, 2));
        long same = person(prosecutorB, b, "UA-46", null, "Bogdan Wyhadantschuk", born.withMonth(3).withDayOfMonth(14));
        long undated = person(prosecutorB, b, "UA-46", null, "Bohdan Vyhadanczuk");
        long ours = person(prosecutorA, a, "UA-53", "Богдан Вигаданчук", null, born);
        var hits = nameHitsWith(prosecutorA, a, prosecutorB, 2);
        var seenByB = org.nadiya.testsupport.Eventually.value(() -> links.hits(prosecutorB, b).stream()
                .filter(h -> h.basis() == HitBasis.PERSON_NAME).map(Hit::ownPersonId).toList(), l -> l.contains(same));
        assertThat(seenByB).as("the same date confirms; no date on one side: the name alone at the threshold")
                .contains(same, undated).doesNotContain(namesake);
        assertThat(hits).allSatisfy(h -> assertThat(h.ownPersonId()).isEqualTo(ours));
    }

    @Test
    void anAnalystOnTheTeamWorksOnHitsButIsNoContact() {
        var analyst = user(Role.ANALYST, "PROSECUTOR", "UA", false);
        assertThatThrownBy(() -> links.hits(analyst, a)).isInstanceOf(NotVisibleException.class);
        proceedings.addMember(prosecutorA, a, analyst.username(), TeamRole.ANALYST);
        links.add(analyst, a, new NewIdentifier("phone", phone, null), IdentifierSource.MANUAL);
        links.add(prosecutorB, b, new NewIdentifier("phone", phone, null), IdentifierSource.MANUAL);
        var hit = links.hits(analyst, a).stream().filter(h -> h.ownIdentifiers().contains(phone)).findFirst().orElseThrow();
        assertThat(links.hits(prosecutorB, b)).filteredOn(h -> h.id() == hit.id()).singleElement()
                .satisfies(h -> assertThat(h.otherContacts()).extracting(HitContact::role)
                        .containsExactlyInAnyOrder(TeamRole.PROSECUTOR, TeamRole.INVESTIGATOR));
        long request = links.requestAccess(analyst, hit.id(), "аналіз зв’язків");
        assertThat(hit(prosecutorB, b, hit.id()).request().id()).isEqualTo(request);
    }

    @Test
    void anOrganisationHoldsIdentifiersShownInTheNetworkAndTheExportItsNameEncrypted() {
        var agency = links.addOrganisation(prosecutorA, a, "ТОВ «Робота Європа Тест»");
        assertThatThrownBy(() -> links.addOrganisation(prosecutorA, a, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> links.addOrganisation(outsider, a, "x")).isInstanceOf(NotVisibleException.class);
        links.add(prosecutorA, a, new NewIdentifier("edrpou", "32855961", null, agency.id()), IdentifierSource.MANUAL);
        links.add(prosecutorA, a, new NewIdentifier("iban", IBAN, null, agency.id()), IdentifierSource.MANUAL);
        long foreignOrganisation = links.addOrganisation(prosecutorB, b, "Інша").id();
        assertThatThrownBy(() -> links.add(prosecutorA, a, new NewIdentifier("phone", phone, null, foreignOrganisation),
                IdentifierSource.MANUAL)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("organisationId"));
        assertThatThrownBy(() -> links.importCsv(prosecutorA, a, "phone," + phone + ",1," + agency.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).text(java.util.Locale.ENGLISH)).contains("line 1: an identifier belongs to a person or to an organisation"));
        assertThat(links.importCsv(prosecutorA, a, "phone," + phone + ",," + agency.id())).isEqualTo(1);

        assertThat(links.organisations(investigatorA, a)).extracting(Organisation::name).containsExactly(agency.name());
        assertThat(jdbc.sql("select name_enc from link_organisation where id = :id").param("id", agency.id())
                .query(String.class).single()).startsWith("v1:").doesNotContain("Робота");

        var network = links.network(investigatorA, a);
        String node = "org" + agency.id();
        assertThat(network.nodes()).anySatisfy(n -> {
            assertThat(n.id()).isEqualTo(node);
            assertThat(n.type()).isEqualTo("organisation");
            assertThat(n.label()).isEqualTo(agency.name());
        });
        assertThat(network.edges()).contains(new Network.Edge("p" + a, node, "organisation"));
        assertThat(network.edges().stream().filter(e -> e.source().equals(node))).hasSize(3);

        var entities = links.exportEntities(investigatorA, a);
        var organisation = entities.stream().filter(e -> e.get("id").equals("nadiya-organisation-" + agency.id()))
                .findFirst().orElseThrow();
        assertThat(organisation.get("schema")).isEqualTo("Organization");
        assertThat(organisation.get("properties").toString()).contains("registrationNumber=[32855961]")
                .contains("phone=[" + phone + "]").contains(agency.name());
        assertThat(entities).anySatisfy(e -> {
            assertThat(e.get("schema")).isEqualTo("UnknownLink");
            assertThat(e.get("properties").toString()).contains("subject=[nadiya-organisation-" + agency.id() + "]");
        });
    }

    private Hit hit(CurrentUser user, long proceeding, long hitId) {
        return links.hits(user, proceeding).stream().filter(h -> h.id() == hitId).findFirst().orElseThrow();
    }

    long proceeding(CurrentUser by, String region, String summary) {
        return proceedings.register(by, new ProceedingDraft(String.format("%017d", ERDR.incrementAndGet()),
                LocalDate.now(ZoneId.of("Europe/Kyiv")).minusDays(10), region, summary,
                List.of(new LegalQualification("149", 2)), false, false, Set.of(), Set.of(ExploitationForm.FORCED_LABOUR),
                InvestigativeBody.NPU, null));
    }

    CurrentUser user(Role role, String agency, String region, boolean supervises) {
        return TestUsers.create(users, role, agency, region, supervises);
    }
}
