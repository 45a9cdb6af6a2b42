package org.nadiya.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.AuditQuery;
import org.nadiya.audit.Outcome;
import org.nadiya.cases.ExploitationForm;
import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.LegalQualification;
import org.nadiya.cases.ProceedingDraft;
import org.nadiya.cases.Proceedings;
import org.nadiya.cases.TeamRole;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.FieldKeys;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NewUser;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The register of protected persons, identity at rest, consent and the access policy, on every database. */
abstract class PersonsContract {

    private static final AtomicLong ERDR = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100 + 7);
    static final String[] COLUMNS = {"family_name_enc", "given_name_enc", "patronymic_enc", "name_cyrillic_enc", "name_latin_enc", "birth_date_enc", "phone_enc", "address_enc",
        "documents_enc", "representative_name_enc", "representative_contact_enc"};

    @Autowired
    Persons persons;

    @Autowired
    Consents consents;

    @Autowired
    Proceedings proceedings;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog audit;

    @Autowired
    FieldKeys keys;

    @Autowired
    JdbcClient jdbc;

    CurrentUser coordinator;
    CurrentUser otherCoordinator;
    CurrentUser centralCoordinator;
    CurrentUser prosecutor;
    CurrentUser investigator;
    CurrentUser operative;
    CurrentUser outsider;
    CurrentUser admin;
    CurrentUser partner;
    CurrentUser researcher;
    long proceeding;
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));

    @BeforeEach
    void people() {
        coordinator = user(Role.COORDINATOR, "COORDINATION_CENTRE", "UA-53", false);
        otherCoordinator = user(Role.COORDINATOR, "COORDINATION_CENTRE", "UA-46", false);
        centralCoordinator = user(Role.COORDINATOR, "COORDINATION_CENTRE", "UA", false);
        prosecutor = user(Role.PROSECUTOR, "PROSECUTOR", "UA-53", false);
        investigator = user(Role.INVESTIGATOR, "NPU", "UA-53", false);
        operative = user(Role.OPERATIVE, "NPU", "UA-53", false);
        outsider = user(Role.INVESTIGATOR, "NPU", "UA-53", false);
        admin = user(Role.ADMIN, "NADIYA_ADMIN", "UA", false);
        partner = user(Role.PARTNER, "COORDINATION_CENTRE", "UA-53", false);
        researcher = user(Role.RESEARCHER, "RESEARCH", "UA", false);
        proceeding = proceedings.register(prosecutor, new ProceedingDraft(String.format("%017d", ERDR.incrementAndGet()),
                today.minusDays(30), "UA-53", "Вигадана справа для тесту",
                List.of(new LegalQualification("149", 2)), false, false, Set.of(), Set.of(ExploitationForm.FORCED_LABOUR),
                InvestigativeBody.NPU, null));
        proceedings.addMember(prosecutor, proceeding, investigator.username(), TeamRole.INVESTIGATOR);
        proceedings.addMember(prosecutor, proceeding, operative.username(), TeamRole.OPERATIVE);
    }

    private CurrentUser user(Role role, String agency, String region, boolean supervises) {
        String name = "v" + System.nanoTime() % 10_000_000_000L;
        users.create(new NewUser(name, "Тест " + role, null, Set.of(role), agency, region, supervises));
        var a = users.find(name).orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(), supervises);
    }

    static Identity identity(String surname) {
        return new Identity("Вигаданка", surname, null, "Vyhadanka " + transliterate(surname), LocalDate.of(1999, 4, 1),
                "+380 67 000 11 22", "вул. Вигадана, 1, м. Полтава", "Паспорт ВГ 000000 (вигаданий)", null, null);
    }

    private static String transliterate(String s) {
        return s.chars().mapToObj(c -> String.valueOf((char) ('a' + Math.abs(c) % 26))).reduce("", String::concat);
    }

    long registerVictim(CurrentUser by, Identity identity, Long proceedingId) {
        return persons.register(by, new NewPerson(PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-53",
                Set.of(ExploitationForm.FORCED_LABOUR), false, identity, proceedingId, PersonKind.VICTIM));
    }

    @Test
    void registrationIssuesConsecutivePseudonymsOfTheYear() {
        long first = registerVictim(coordinator, identity("Перша"), null);
        long second = registerVictim(coordinator, identity("Друга"), null);
        String a = persons.open(coordinator, first).pseudonym();
        String b = persons.open(coordinator, second).pseudonym();
        assertThat(a).matches("V-" + today.getYear() + "-\\d{6}");
        assertThat(Integer.parseInt(b.substring(7))).isEqualTo(Integer.parseInt(a.substring(7)) + 1);
        var person = persons.open(coordinator, first);
        assertThat(person.ageGroup()).isEqualTo(AgeGroup.of(LocalDate.of(1999, 4, 1), today));
        assertThat(person.child()).isFalse();
        assertThat(person.exploitationForms()).containsExactly(ExploitationForm.FORCED_LABOUR);
        assertThat(audit.count(new AuditQuery(coordinator.username(), "PERSON_REGISTERED", "person", String.valueOf(first),
                Outcome.ALLOWED, null, null, 0, 5))).isOne();
    }

    @Test
    void aPersonOfUnknownAgeIsAChild() {
        var noBirthDate = new Identity("Невідома", "Вигадана", null, null, null, null, null, null, "Опікунка Вигадана", "+380 50 000 00 01");
        long id = registerVictim(coordinator, noBirthDate, null);
        var person = persons.open(coordinator, id);
        assertThat(person.ageGroup()).isEqualTo(AgeGroup.UNKNOWN);
        assertThat(person.child()).isTrue();
        assertThat(person.hasRepresentative()).isTrue();
        var teen = new Identity("Підліток", "Вигаданий", null, null, today.minusYears(15), null, null, null, null, null);
        assertThat(persons.open(coordinator, registerVictim(coordinator, teen, null)).ageGroup()).isEqualTo(AgeGroup.AGE_14_17);
        assertThat(AgeGroup.AGE_14_17.label()).isEqualTo("14-17");
        assertThat(AgeGroup.AGE_50_PLUS.label()).isEqualTo("50+");
    }

    @Test
    void identityIsEncryptedAtRestAndReadOnlyWithAReason() {
        var identity = identity("Шифрована");
        long id = registerVictim(coordinator, identity, proceeding);
        Map<String, Object> raw = jdbc.sql("select * from protected_person where id = :id").param("id", id).query().singleRow();
        String rawText = raw.toString();
        for (String column : List.of("family_name_enc", "given_name_enc", "name_latin_enc", "birth_date_enc", "phone_enc", "address_enc",
                "documents_enc")) {
            assertThat(value(raw, column)).as(column).startsWith("v1:");
        }
        assertThat(rawText).doesNotContain("Шифрована", identity.nameLatin(), "1999-04-01", "000 11 22", "Вигадана, 1",
                "ВГ 000000");

        assertThatThrownBy(() -> persons.identity(coordinator, id, " ")).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("reason");
        assertThat(persons.identity(coordinator, id, "Організація зустрічі з психологом")).isEqualTo(identity);
        assertThat(persons.identity(prosecutor, id, "Підготовка допиту")).isEqualTo(identity);
        assertThat(persons.identity(investigator, id, "Виклик на допит")).isEqualTo(identity);
        assertThat(audit.find(new AuditQuery(null, "IDENTITY_READ", "person", String.valueOf(id), Outcome.ALLOWED, null,
                null, 0, 10))).extracting(e -> e.reason()).containsExactlyInAnyOrder("Організація зустрічі з психологом",
                "Підготовка допиту", "Виклик на допит");
        assertThat(identity.toString()).doesNotContain("Шифрована");
    }

    @Test
    void whoSeesAPersonAndWhoReadsTheIdentity() {
        long id = registerVictim(coordinator, identity("Доступ"), proceeding);
        for (CurrentUser sees : List.of(coordinator, centralCoordinator, prosecutor, investigator, operative, admin)) {
            assertThat(persons.open(sees, id).id()).isEqualTo(id);
            assertThat(persons.list(sees, 0, 200).rows()).extracting(PersonRow::id).contains(id);
        }
        for (CurrentUser stranger : List.of(otherCoordinator, outsider, partner, researcher)) {
            assertThatThrownBy(() -> persons.open(stranger, id)).isInstanceOf(NotVisibleException.class);
            assertThatThrownBy(() -> persons.identity(stranger, id, "Цікаво")).isInstanceOf(NotVisibleException.class);
            assertThat(audit.count(new AuditQuery(stranger.username(), "READ_REFUSED", "person", String.valueOf(id),
                    Outcome.DENIED, null, null, 0, 5))).isEqualTo(2);
        }
        assertThat(persons.list(otherCoordinator, 0, 200).rows()).extracting(PersonRow::id).doesNotContain(id);
        assertThat(persons.list(outsider, 0, 200).rows()).extracting(PersonRow::id).doesNotContain(id);
        assertThatThrownBy(() -> persons.list(partner, 0, 20)).isInstanceOf(AccessDeniedException.class);
        for (CurrentUser noIdentity : List.of(operative, admin)) {
            assertThatThrownBy(() -> persons.identity(noIdentity, id, "Потрібно")).isInstanceOf(AccessDeniedException.class);
            assertThat(audit.count(new AuditQuery(noIdentity.username(), "IDENTITY_REFUSED", "person", String.valueOf(id),
                    Outcome.DENIED, null, null, 0, 5))).isOne();
        }
        assertThatThrownBy(() -> persons.open(coordinator, 987_654_321L)).isInstanceOf(NotVisibleException.class);

        long lviv = persons.register(otherCoordinator, new NewPerson(PersonKind.WITNESS, Sex.MALE, null, "UA-46", Set.of(),
                false, identity("Львів"), null, null));
        assertThat(persons.canSee(otherCoordinator, lviv)).isTrue();
        assertThat(persons.canSee(coordinator, lviv)).isFalse();
        assertThat(persons.canSee(centralCoordinator, lviv)).isTrue();
        assertThat(persons.canSee(prosecutor, lviv)).isFalse();
        assertThatThrownBy(() -> persons.link(prosecutor, id, proceeding, PersonKind.WITNESS))
                .hasMessageContaining("already takes part");
        assertThatThrownBy(() -> persons.link(operative, id, proceeding, PersonKind.WITNESS))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void caseWorkersRegisterOnlyIntoTheirProceedings() {
        assertThatThrownBy(() -> registerVictim(prosecutor, identity("Без справи"), null)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("proceedingId");
        long id = registerVictim(prosecutor, identity("Зі справою"), proceeding);
        assertThat(persons.open(investigator, id).participations()).singleElement()
                .satisfies(p -> assertThat(p.proceedingId()).isEqualTo(proceeding));
        assertThatThrownBy(() -> registerVictim(outsider, identity("Чужа"), proceeding)).extracting("field")
                .isEqualTo("proceedingId");
        assertThatThrownBy(() -> registerVictim(partner, identity("Партнер"), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> persons.register(coordinator, new NewPerson(PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-53",
                Set.of(), false, identity("Координаторка"), 987_654_321L, PersonKind.VICTIM))).extracting("field")
                .isEqualTo("proceedingId");
        long unlinked = registerVictim(coordinator, identity("Пізніше"), null);
        assertThat(persons.canSee(prosecutor, unlinked)).isFalse();
        assertThatThrownBy(() -> persons.link(prosecutor, unlinked, proceeding, PersonKind.WITNESS))
                .isInstanceOf(NotVisibleException.class);
        persons.link(coordinator, unlinked, proceeding, PersonKind.WITNESS);
        assertThat(persons.canSee(prosecutor, unlinked)).isTrue();
        assertThatThrownBy(() -> persons.register(coordinator, new NewPerson(PersonKind.VICTIM, Sex.FEMALE, "ZZ", "UA-53",
                Set.of(), false, identity("Країна"), null, null))).extracting("field").isEqualTo("citizenship");
        assertThatThrownBy(() -> persons.register(coordinator, new NewPerson(PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-53",
                Set.of(), false, new Identity(null, null, null, null, null, "+380", null, null, null, null), null, null)))
                .extracting("field").isEqualTo("familyName");
    }

    @Test
    void consentIsGivenAndWithdrawnWithImmediateEffect() {
        long id = registerVictim(coordinator, identity("Згода"), proceeding);
        var shelter = Recipient.service(ServiceType.SHELTER);
        assertThat(consents.allows(id, ConsentScope.SHARE_CASE_DETAILS, shelter)).isFalse();
        byte[] form = "Підписана форма згоди (вигадана)".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long consent = consents.give(coordinator, id, new ConsentGrant(ConsentScope.SHARE_CASE_DETAILS, shelter,
                today, "zgoda.pdf", form));
        long stats = consents.give(coordinator, id, new ConsentGrant(ConsentScope.USE_IN_STATISTICS, null, today, null, null));
        assertThat(consents.allows(id, ConsentScope.SHARE_CASE_DETAILS, shelter)).isTrue();
        assertThat(consents.allows(id, ConsentScope.SHARE_CASE_DETAILS, Recipient.service(ServiceType.MEDICAL))).isFalse();
        assertThat(consents.allows(id, ConsentScope.SHARE_IDENTITY, shelter)).isFalse();
        assertThat(consents.allows(id, ConsentScope.USE_IN_STATISTICS, null)).isTrue();
        var stored = consents.form(coordinator, id, consent);
        assertThat(stored.content()).isEqualTo(form);
        assertThat(stored.sha256()).hasSize(64);
        assertThat(jdbc.sql("select content_enc from consent_form where consent_id = :c").param("c", consent)
                .query(String.class).single()).startsWith("v1:");

        consents.withdraw(coordinator, id, consent, today);
        assertThat(consents.allows(id, ConsentScope.SHARE_CASE_DETAILS, shelter)).isFalse();
        assertThat(consents.allows(id, ConsentScope.USE_IN_STATISTICS, null)).isTrue();
        assertThatThrownBy(() -> consents.withdraw(coordinator, id, consent, today)).hasMessageContaining("already withdrawn");
        assertThat(consents.list(coordinator, id)).filteredOn(c -> c.id() == consent).singleElement()
                .satisfies(c -> assertThat(c.withdrawnOn()).isEqualTo(today));
        assertThat(stats).isPositive();

        assertThatThrownBy(() -> consents.give(operative, id, new ConsentGrant(ConsentScope.CONTACT_SMS, null, today, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consents.give(coordinator, id, new ConsentGrant(ConsentScope.SHARE_IDENTITY,
                Recipient.partner("NPU"), today, null, null))).extracting("field").isEqualTo("recipient");
        assertThatThrownBy(() -> consents.give(coordinator, id, new ConsentGrant(ConsentScope.SHARE_IDENTITY, null, today,
                null, null))).extracting("field").isEqualTo("recipient");
    }

    @Test
    void onlyAProsecutorOverridesConsentWithAReason() {
        long id = registerVictim(coordinator, identity("Розкриття"), proceeding);
        var authority = Recipient.foreignAuthority("Prokuratura Krajowa (fictional)", "MLA 2025/17");
        assertThatThrownBy(() -> consents.override(coordinator, id, ConsentScope.SHARE_IDENTITY, authority, "Запит"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consents.override(prosecutor, id, ConsentScope.SHARE_IDENTITY, authority, " "))
                .extracting("field").isEqualTo("reason");
        assertThat(persons.open(coordinator, id).overridden()).isFalse();
        consents.override(prosecutor, id, ConsentScope.SHARE_IDENTITY, authority, "Запит про правову допомогу, ст. 56 КПК");
        assertThat(persons.open(coordinator, id).overridden()).isTrue();
        assertThat(consents.overrides(coordinator, id)).singleElement().satisfies(o -> {
            assertThat(o.decidedBy()).isEqualTo(prosecutor.username());
            assertThat(o.recipient()).isEqualTo(authority);
        });
        assertThat(consents.allows(id, ConsentScope.SHARE_IDENTITY, authority)).isTrue();
        assertThat(audit.count(new AuditQuery(prosecutor.username(), "CONSENT_OVERRIDE", "person", String.valueOf(id),
                Outcome.ALLOWED, null, null, 0, 5))).isOne();
    }

    @Test
    void keyRotationReencryptsTheIdentityColumns() {
        var identity = identity("Ротація");
        long id = registerVictim(coordinator, identity, null);
        byte[] form = "Вигадана форма згоди для ротації".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long consent = consents.give(coordinator, id, new ConsentGrant(ConsentScope.CONTACT_PHONE, null, today, "f.txt", form));
        var rotation = keys.rotate();
        Map<String, Object> raw = jdbc.sql("select * from protected_person where id = :id").param("id", id).query().singleRow();
        for (String column : List.of("family_name_enc", "given_name_enc", "name_latin_enc", "birth_date_enc", "phone_enc", "address_enc",
                "documents_enc")) {
            assertThat(value(raw, column)).as(column).startsWith("v1:" + rotation.newKeyId() + ":");
        }
        assertThat(persons.identity(coordinator, id, "Перевірка після ротації ключа")).isEqualTo(identity);
        assertThat(jdbc.sql("select content_enc from consent_form where consent_id = :c").param("c", consent)
                .query(String.class).single()).startsWith("v1:" + rotation.newKeyId() + ":");
        assertThat(consents.form(coordinator, id, consent).content()).isEqualTo(form);
        // The start-up key coverage check reads key ids this way from every encrypted column, the large one too.
        assertThat(jdbc.sql("select distinct substring(content_enc from 4 for 15) from consent_form where content_enc is not null")
                .query(String.class).list()).contains(rotation.newKeyId());
        assertThat(audit.verify().intact()).isTrue();
    }

    private static String value(Map<String, Object> row, String column) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).map(e -> String.valueOf(e.getValue()))
                .findFirst().orElseThrow();
    }
}
