package org.nadiya.victims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.cases.ExploitationForm;
import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.LegalQualification;
import org.nadiya.cases.ProceedingDraft;
import org.nadiya.cases.Proceedings;
import org.nadiya.cases.TeamRole;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.TestUsers;
import org.nadiya.victims.AgeBand;
import org.nadiya.victims.AgeGroup;
import org.nadiya.victims.Identity;
import org.nadiya.victims.NewPerson;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.Persons;
import org.nadiya.victims.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Changing a registered person: non-identifying data and identity with a reason, audited by field names only; what
 * depends on the identity (age group, CTDC band, name index) recomputed in the same transaction; participations
 * ended by those who manage the person; everyone else refused and audited.
 */
abstract class PersonEditsContract {

    private static final AtomicLong ERDR = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100 + 3);

    @Autowired
    Persons persons;

    @Autowired
    PersonEdits edits;

    @Autowired
    Proceedings proceedings;

    @Autowired
    UserAdministration users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonNameIndex index;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));
    CurrentUser coordinator;
    CurrentUser otherRegion;
    CurrentUser prosecutor;
    CurrentUser outsider;
    long proceeding;
    long person;

    @BeforeEach
    void people() {
        coordinator = TestUsers.create(users, Role.COORDINATOR, "COORDINATION_CENTRE", "UA-53");
        otherRegion = TestUsers.create(users, Role.COORDINATOR, "COORDINATION_CENTRE", "UA-46");
        prosecutor = TestUsers.create(users, Role.PROSECUTOR, "PROSECUTOR", "UA-53");
        outsider = TestUsers.create(users, Role.PROSECUTOR, "PROSECUTOR", "UA-53");
        proceeding = proceedings.register(prosecutor, new ProceedingDraft(String.format("%017d", ERDR.incrementAndGet()),
                today.minusDays(30), "UA-53", "Вигадана справа для тесту змін",
                List.of(new LegalQualification("149", 2)), false, false, Set.of(), Set.of(ExploitationForm.FORCED_LABOUR),
                InvestigativeBody.NPU, null));
        person = persons.register(coordinator, new NewPerson(PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-53",
                Set.of(ExploitationForm.FORCED_LABOUR), false, new Identity("Вигаданенко", "Марта", "Степанівна",
                null, today.minusYears(30), "+380 67 000 11 22", null, null, null, null), proceeding, PersonKind.VICTIM));
    }

    private List<String> audited(String action) {
        return jdbc.sql("select coalesce(details, '') || ' | ' || coalesce(reason, '') from audit_entry"
                        + " where action = :a and entity_id = :id order by seq")
                .param("a", action).param("id", String.valueOf(person)).query(String.class).list();
    }

    @Test
    void theNonIdentifyingDataChangeWithAReasonAndOnlyFieldNamesAreAudited() {
        var changed = edits.change(coordinator, person, new PersonChange(PersonKind.WITNESS, null, "PL", null,
                Set.of(ExploitationForm.SEXUAL_EXPLOITATION, ExploitationForm.FORCED_LABOUR), true), "Уточнено зі слів особи");
        assertThat(changed).containsExactly("kind", "citizenship", "crsv", "exploitationForms");
        var now = persons.open(coordinator, person);
        assertThat(now.kind()).isEqualTo(PersonKind.WITNESS);
        assertThat(now.citizenship()).isEqualTo("PL");
        assertThat(now.sex()).as("absent: unchanged").isEqualTo(Sex.FEMALE);
        assertThat(now.crsv()).isTrue();
        assertThat(now.exploitationForms()).containsExactlyInAnyOrder(ExploitationForm.SEXUAL_EXPLOITATION,
                ExploitationForm.FORCED_LABOUR);
        assertThat(audited("PERSON_CHANGED")).singleElement().satisfies(line -> assertThat(line)
                .contains("kind, citizenship, crsv, exploitationForms", "Уточнено зі слів особи")
                .doesNotContain("WITNESS", "PL", "SEXUAL"));
        assertThat(edits.change(coordinator, person, new PersonChange(PersonKind.WITNESS, null, null, null, null, null),
                "Нічого")).as("nothing changed: nothing written").isEmpty();
        assertThat(audited("PERSON_CHANGED")).hasSize(1);

        assertThatThrownBy(() -> edits.change(coordinator, person, new PersonChange(null, null, null, null, null, true), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> edits.change(coordinator, person, new PersonChange(null, null, null, "UA-99", null, null),
                "Переїзд")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("regionCode"));
        assertThatThrownBy(() -> edits.change(coordinator, person, new PersonChange(null, null, "ZZ", null, null, null),
                "Громадянство")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("citizenship"));
    }

    @Test
    void aChangedBirthDateAndNameRecomputeAgeGroupBandAndNameIndexInOneGo() {
        String keysBefore = String.join(",", jdbc.sql("select key_hash from person_name_key where person_id = :p order by key_hash")
                .param("p", person).query(String.class).list());
        LocalDate child = today.minusYears(10);
        var changed = edits.changeIdentity(coordinator, person, new IdentityChange("Пʼятигорко", "Олеся", "", null,
                child.toString(), null, "вул. Вигадана, 2", null, null, null), "Документи перевірено");
        assertThat(changed).containsExactly("familyName", "givenName", "patronymic", "birthDate", "address");
        var identity = persons.identity(coordinator, person, "Перевірка");
        assertThat(identity.familyName()).isEqualTo("Пʼятигорко");
        assertThat(identity.givenName()).isEqualTo("Олеся");
        assertThat(identity.nameLatin()).as("null: unchanged").isNull();
        assertThat(identity.patronymic()).as("blank: cleared").isNull();
        assertThat(identity.phone()).isEqualTo("+380 67 000 11 22");
        var now = persons.open(coordinator, person);
        assertThat(now.ageGroup()).isEqualTo(AgeGroup.AGE_0_13);
        assertThat(now.child()).isTrue();
        assertThat(jdbc.sql("select age_band from protected_person where id = :p").param("p", person).query(String.class)
                .single()).isEqualTo(AgeBand.of(child, now.registeredOn()).name());
        String keysAfter = String.join(",", jdbc.sql("select key_hash from person_name_key where person_id = :p order by key_hash")
                .param("p", person).query(String.class).list());
        assertThat(keysAfter).as("re-indexed under the new name").isNotEqualTo(keysBefore).isNotEmpty();
        assertThat(index.candidatesFor("Пʼятигорко Олеся")).contains(person);
        assertThat(audited("IDENTITY_CHANGED")).singleElement().satisfies(line -> assertThat(line)
                .contains("familyName, givenName, patronymic, birthDate, address", "Документи перевірено")
                .doesNotContain("Пʼятигорко", "Олеся", "Степанівна", child.toString(), "вул."));
        String raw = jdbc.sql("select * from protected_person where id = :p").param("p", person).query().singleRow().toString();
        assertThat(raw).doesNotContain("Пʼятигорко", "Олеся", "Вигадана, 2");

        assertThatThrownBy(() -> edits.changeIdentity(coordinator, person, new IdentityChange(null, null, null, null,
                "10.10.2010", null, null, null, null, null), "Дата")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("birthDate"));
        assertThatThrownBy(() -> edits.changeIdentity(coordinator, person, new IdentityChange("", "", null, "",
                null, null, null, null, null, null), "Без імені")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("familyName"));
        assertThat(persons.identity(coordinator, person, "Після відмови").familyName())
                .as("a refused change leaves the identity as it was").isEqualTo("Пʼятигорко");
    }

    @Test
    void anotherRegionsCoordinatorAndAnOutsiderAreRefusedAndAudited() {
        long deniedBefore = denied();
        assertThatThrownBy(() -> edits.change(otherRegion, person, new PersonChange(null, Sex.MALE, null, null, null, null),
                "Спроба")).isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> edits.changeIdentity(otherRegion, person, new IdentityChange("Чужий", null, null, null,
                null, null, null, null, null, null), "Спроба")).isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> edits.unlink(outsider, person, proceeding, "Спроба")).isInstanceOf(NotVisibleException.class);
        assertThat(denied()).isEqualTo(deniedBefore + 3);
        assertThat(persons.open(coordinator, person).sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void aParticipationIsEndedWithAReasonAndCanBeAddedAgainWithAnotherRole() {
        assertThatThrownBy(() -> edits.unlink(coordinator, person, proceeding, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        edits.unlink(coordinator, person, proceeding, "Помилково звʼязано");
        assertThat(persons.open(coordinator, person).participations()).isEmpty();
        assertThat(persons.canSee(prosecutor, person)).as("the team no longer sees the person").isFalse();
        assertThat(audited("PARTICIPATION_REMOVED")).singleElement()
                .satisfies(line -> assertThat(line).contains("Помилково звʼязано"));
        assertThatThrownBy(() -> edits.unlink(coordinator, person, proceeding, "Ще раз"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("proceedingId"));
        persons.link(coordinator, person, proceeding, PersonKind.WITNESS);
        assertThat(persons.open(coordinator, person).participations()).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo(PersonKind.WITNESS));
        proceedings.addMember(prosecutor, proceeding, outsider.username(), TeamRole.PROSECUTOR);
        edits.unlink(outsider, person, proceeding, "Свідок не бере участі");
        assertThat(persons.open(coordinator, person).participations()).isEmpty();
    }

    private long denied() {
        return jdbc.sql("select count(*) from audit_entry where entity_id = :id and outcome = 'DENIED'")
                .param("id", String.valueOf(person)).query(Long.class).single();
    }

    @Test
    void concurrentChangesAllSucceedAndEachIsAuditedOnce() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var tasks = new java.util.ArrayList<java.util.concurrent.Callable<List<String>>>();
            for (int i = 0; i < 20; i++) {
                boolean crsv = i % 2 == 0;
                tasks.add(() -> edits.change(coordinator, person, new PersonChange(null, null, null, null, null, crsv),
                        "Паралельна зміна"));
            }
            int changes = 0;
            for (var f : pool.invokeAll(tasks)) {
                changes += f.get().size();
            }
            assertThat((long) audited("PERSON_CHANGED").size()).isEqualTo(changes);
        } finally {
            pool.shutdown();
        }
    }
}
