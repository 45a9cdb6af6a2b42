package org.nadiya.victims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nadiya.cases.ExploitationForm;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.FieldEncryption;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.TestUsers;
import org.nadiya.victims.Identity;
import org.nadiya.victims.NewPerson;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.Persons;
import org.nadiya.victims.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The name is stored as three encrypted parts; a name stored on one line before V51 is read split even before the
 * start-up backfill, and the backfill splits it for good without losing a word (decision 0043).
 */
abstract class NamePartsContract {

    @Autowired
    Persons persons;

    @Autowired
    UserAdministration users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FieldEncryption encryption;

    @Autowired
    NamePartsBackfill backfill;

    private long register(CurrentUser by) {
        return persons.register(by, new NewPerson(PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-53",
                Set.of(ExploitationForm.FORCED_LABOUR), false, new Identity("Вигаданенко", "Марта", "Степанівна",
                "Vyhadanenko Marta", LocalDate.of(1990, 4, 7), null, null, null, null, null), null, PersonKind.VICTIM));
    }

    /** Puts the person back as before V51: the name on one line, no parts. */
    private void asBeforeV51(long id, String oneLine) {
        String pseudonym = jdbc.sql("select pseudonym from protected_person where id = :id").param("id", id)
                .query(String.class).single();
        jdbc.sql("update protected_person set family_name_enc = null, given_name_enc = null, patronymic_enc = null,"
                        + " name_cyrillic_enc = :n where id = :id")
                .param("n", encryption.encrypt(oneLine, IdentityColumns.NAME_ONE_LINE.context(pseudonym)))
                .param("id", id).update();
    }

    private Object column(long id, String column) {
        return jdbc.sql("select " + column + " from protected_person where id = :id").param("id", id).query()
                .singleRow().get(column);
    }

    @Test
    void thePartsAreEncryptedAndReadBack() {
        CurrentUser coordinator = TestUsers.create(users, Role.COORDINATOR, "COORDINATION_CENTRE", "UA-53");
        long id = register(coordinator);
        for (String c : new String[] {"family_name_enc", "given_name_enc", "patronymic_enc"}) {
            assertThat((String) column(id, c)).as(c).startsWith("v1:").doesNotContain("Марта", "Степанівна");
        }
        assertThat(column(id, "name_cyrillic_enc")).isNull();
        var identity = persons.identity(coordinator, id, "Перевірка частин імені");
        assertThat(identity.familyName()).isEqualTo("Вигаданенко");
        assertThat(identity.givenName()).isEqualTo("Марта");
        assertThat(identity.patronymic()).isEqualTo("Степанівна");
        assertThat(identity.fullName()).isEqualTo("Вигаданенко Марта Степанівна");
    }

    @Test
    void aOneLineNameIsReadSplitAndTheBackfillSplitsItForGoodKeepingEveryWord() {
        CurrentUser coordinator = TestUsers.create(users, Role.COORDINATOR, "COORDINATION_CENTRE", "UA-53");
        long certain = register(coordinator);
        long twoWords = register(coordinator);
        long signature = register(coordinator);
        asBeforeV51(certain, "Вигаданенко Марта Степанівна");
        asBeforeV51(twoWords, "Вигадана Ана");
        asBeforeV51(signature, "Тарас Григорович Вигаданенко");

        var before = persons.identity(coordinator, signature, "Перевірка до розділення");
        assertThat(before.familyName()).as("read split before the backfill").isEqualTo("Вигаданенко");
        assertThat(before.givenName()).isEqualTo("Тарас");

        assertThat(backfill.batch()).isGreaterThanOrEqualTo(3);
        assertThat(backfill.batch()).as("nothing left on one line").isZero();
        for (long id : new long[] {certain, twoWords, signature}) {
            assertThat(column(id, "name_cyrillic_enc")).isNull();
            assertThat((String) column(id, "family_name_enc")).startsWith("v1:");
        }
        assertThat(persons.identity(coordinator, certain, "Перевірка").fullName()).isEqualTo("Вигаданенко Марта Степанівна");
        assertThat(column(certain, "name_parts_unchecked")).isEqualTo(false);
        var two = persons.identity(coordinator, twoWords, "Перевірка");
        assertThat(two.familyName()).isEqualTo("Вигадана");
        assertThat(two.givenName()).isEqualTo("Ана");
        assertThat(two.patronymic()).isNull();
        assertThat(column(twoWords, "name_parts_unchecked")).as("a guess, marked for a check").isEqualTo(true);
        assertThat(persons.identity(coordinator, signature, "Перевірка").fullName()).isEqualTo("Вигаданенко Тарас Григорович");
        assertThat(jdbc.sql("select count(*) from person_name_indexed where person_id = :id").param("id", signature)
                .query(Long.class).single()).as("reordered words: indexed again").isZero();
        assertThat(jdbc.sql("select count(*) from person_name_indexed where person_id = :id").param("id", certain)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select details from audit_entry where action = 'NAME_PARTS_SPLIT' order by seq desc")
                .query(String.class).list().get(0)).startsWith("rows=").doesNotContain("Вигадан");
    }
}
