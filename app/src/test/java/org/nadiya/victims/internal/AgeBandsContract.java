package org.nadiya.victims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nadiya.cases.ExploitationForm;
import org.nadiya.security.CurrentUser;
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

/**
 * The CTDC age band is stored in clear at registration, and computed at start-up for rows that lack it, from the
 * encrypted date of birth on the day of registration; unclear age is UNKNOWN, a child like the age group says.
 */
abstract class AgeBandsContract {

    @Autowired
    Persons persons;

    @Autowired
    UserAdministration users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AgeBandBackfill backfill;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));

    private long register(CurrentUser by, LocalDate born) {
        return persons.register(by, new NewPerson(PersonKind.VICTIM, Sex.MALE, "UA", "UA-53",
                Set.of(ExploitationForm.FORCED_LABOUR), false, new Identity("Вигаданий", "Віковий", "Тест", null, born,
                null, null, null, null, null), null, PersonKind.VICTIM));
    }

    private String band(long id) {
        return jdbc.sql("select age_band from protected_person where id = :id").param("id", id).query(String.class)
                .optional().orElse(null);
    }

    @Test
    void registrationStoresTheBandAndTheBackfillRecomputesTheSameFromTheEncryptedBirthDate() {
        CurrentUser coordinator = TestUsers.create(users, Role.COORDINATOR, "COORDINATION_CENTRE", "UA-53");
        LocalDate child = today.minusYears(8).minusDays(3);
        LocalDate adult = today.minusYears(27).minusDays(40);
        long a = register(coordinator, child);
        long b = register(coordinator, adult);
        long c = register(coordinator, null);
        assertThat(band(a)).isEqualTo(AgeBand.AGE_0_8.name());
        assertThat(band(b)).isEqualTo(AgeBand.AGE_27_29.name());
        assertThat(band(c)).as("no date of birth: unclear age").isEqualTo(AgeBand.UNKNOWN.name());

        // Rows from before V30 have no band: the start-up backfill decrypts the date of birth and fills it.
        jdbc.sql("update protected_person set age_band = null where id in (:ids)").param("ids", List.of(a, b, c)).update();
        assertThat(band(a)).isNull();
        long entriesBefore = auditEntries();
        assertThat(backfill.backfill()).isEqualTo(3);
        assertThat(band(a)).isEqualTo(AgeBand.AGE_0_8.name());
        assertThat(band(b)).isEqualTo(AgeBand.AGE_27_29.name());
        assertThat(band(c)).isEqualTo(AgeBand.UNKNOWN.name());
        assertThat(auditEntries()).isEqualTo(entriesBefore + 1);
        assertThat(jdbc.sql("select details from audit_entry where action = 'AGE_BANDS_COMPUTED' order by seq desc")
                .query(String.class).list().get(0)).isEqualTo("rows=3");
        assertThat(backfill.backfill()).as("nothing left to fill").isZero();
        assertThat(auditEntries()).isEqualTo(entriesBefore + 1);
    }

    @Test
    void everyStoredBandAgreesWithTheRecordedAgeGroupOnChildhood() {
        CurrentUser coordinator = TestUsers.create(users, Role.COORDINATOR, "COORDINATION_CENTRE", "UA-53");
        register(coordinator, today.minusYears(17).minusDays(1));
        register(coordinator, today.minusYears(18));
        register(coordinator, null);
        var rows = jdbc.sql("select age_group, age_band from protected_person")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(rows).isNotEmpty();
        for (String[] row : rows) {
            assertThat(row[1]).as("every person has a band after start-up").isNotNull();
            assertThat(AgeBand.valueOf(row[1]).child()).as("group %s band %s", row[0], row[1])
                    .isEqualTo(AgeGroup.valueOf(row[0]).child());
            assertThat(AgeBand.valueOf(row[1]) == AgeBand.UNKNOWN).isEqualTo(AgeGroup.valueOf(row[0]) == AgeGroup.UNKNOWN);
        }
    }

    private long auditEntries() {
        return jdbc.sql("select count(*) from audit_entry where action = 'AGE_BANDS_COMPUTED'").query(Long.class).single();
    }
}
