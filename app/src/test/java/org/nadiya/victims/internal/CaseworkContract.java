package org.nadiya.victims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.cases.ExploitationForm;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.TestUsers;
import org.nadiya.victims.CaseStatus;
import org.nadiya.victims.ClosureReason;
import org.nadiya.victims.Identity;
import org.nadiya.victims.NewPerson;
import org.nadiya.victims.NewRisk;
import org.nadiya.victims.PersonFilter;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.PersonRow;
import org.nadiya.victims.Persons;
import org.nadiya.victims.RiskLevel;
import org.nadiya.victims.ServiceType;
import org.nadiya.victims.Sex;
import org.nadiya.victims.VictimSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Case status and closure, the support plan and the contact log, and the persons list filtered by them: texts
 * encrypted, changes audited, another region's coordinator refused; the filters combine with visibility.
 */
abstract class CaseworkContract {

    @Autowired
    Persons persons;

    @Autowired
    CaseworkService casework;

    @Autowired
    VictimSupport support;

    @Autowired
    UserAdministration users;

    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));
    CurrentUser coordinator;
    CurrentUser otherRegion;
    long person;

    @BeforeEach
    void people() {
        coordinator = TestUsers.create(users, Role.COORDINATOR, "COORDINATION_CENTRE", "UA-53");
        otherRegion = TestUsers.create(users, Role.COORDINATOR, "COORDINATION_CENTRE", "UA-46");
        person = register();
    }

    private long register() {
        return persons.register(coordinator, new NewPerson(PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-53",
                Set.of(ExploitationForm.FORCED_LABOUR), false, new Identity("Вигадана", "Казусна", null, null,
                LocalDate.of(1990, 1, 1), null, null, null, null, null), null, PersonKind.VICTIM));
    }

    private java.util.List<Long> ids(PersonFilter filter) {
        return persons.list(coordinator, filter, 0, 200).rows().stream().map(PersonRow::id).toList();
    }

    @Test
    void theCaseIsClosedWithAReasonAndReopenedWithOne() {
        assertThat(casework.state(coordinator, person).status()).isEqualTo(CaseStatus.OPEN);
        assertThatThrownBy(() -> casework.close(coordinator, person, null, today))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("closureReason"));
        assertThatThrownBy(() -> casework.close(coordinator, person, ClosureReason.GOALS_ACHIEVED, today.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("closedOn"));
        assertThatThrownBy(() -> casework.close(otherRegion, person, ClosureReason.GOALS_ACHIEVED, today))
                .isInstanceOf(NotVisibleException.class);
        casework.close(coordinator, person, ClosureReason.GOALS_ACHIEVED, today);
        var closed = casework.state(coordinator, person);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closureReason()).isEqualTo(ClosureReason.GOALS_ACHIEVED);
        assertThat(closed.closedOn()).isEqualTo(today);
        assertThatThrownBy(() -> casework.close(coordinator, person, ClosureReason.OTHER, today))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ids(new PersonFilter(CaseStatus.CLOSED, null, null, null, false, null))).contains(person);
        assertThat(ids(new PersonFilter(CaseStatus.OPEN, null, null, null, false, null))).doesNotContain(person);
        assertThatThrownBy(() -> casework.reopen(coordinator, person, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reopenReason"));
        casework.reopen(coordinator, person, "Особа знову звернулася");
        assertThat(casework.state(coordinator, person).closureReason()).isNull();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = :id and action in ('CASE_CLOSED', 'CASE_REOPENED')")
                .param("id", String.valueOf(person)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void goalsAndContactsAreEncryptedAndMakeThePersonOverdueWhenTheirDatesPass() {
        long goal = casework.addGoal(coordinator, person, ServiceType.DOCUMENTS, "Відновити вигаданий паспорт", today.plusDays(10));
        long late = casework.addGoal(coordinator, person, ServiceType.MEDICAL, "Вигаданий огляд", today);
        assertThat(jdbc.sql("select goal_enc from support_goal where id = :id").param("id", goal).query(String.class).single())
                .startsWith("v1:").doesNotContain("паспорт");
        assertThat(casework.goals(coordinator, person)).extracting(Casework.Goal::goal)
                .contains("Відновити вигаданий паспорт", "Вигаданий огляд");
        assertThat(ids(new PersonFilter(null, null, null, null, true, null))).doesNotContain(person);
        // The goal's date passes: the person is overdue; achieving it clears that.
        jdbc.sql("update support_goal set target_on = :d where id = :id").param("d", today.minusDays(2)).param("id", late).update();
        assertThat(casework.goals(coordinator, person)).filteredOn(Casework.Goal::overdue).extracting(Casework.Goal::id)
                .containsExactly(late);
        assertThat(ids(new PersonFilter(null, null, null, null, true, null))).contains(person);
        casework.finishGoal(coordinator, person, late, Casework.GoalStatus.ACHIEVED);
        assertThatThrownBy(() -> casework.finishGoal(coordinator, person, late, Casework.GoalStatus.DROPPED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("goal"));
        assertThat(ids(new PersonFilter(null, null, null, null, true, null))).doesNotContain(person);

        long contact = casework.addContact(coordinator, person, today, Casework.Channel.PHONE, true,
                "Вигадана розмова про документи", today.plusDays(7));
        assertThat(jdbc.sql("select note_enc from person_contact where id = :id").param("id", contact).query(String.class)
                .single()).startsWith("v1:").doesNotContain("розмова");
        assertThat(casework.contacts(coordinator, person)).singleElement()
                .satisfies(c -> assertThat(c.note()).isEqualTo("Вигадана розмова про документи"));
        jdbc.sql("update person_contact set follow_up_on = :d where id = :id").param("d", today.minusDays(1))
                .param("id", contact).update();
        assertThat(ids(new PersonFilter(null, null, null, null, true, null))).as("follow-up missed").contains(person);
        casework.addContact(coordinator, person, today, Casework.Channel.IN_PERSON, true, null, null);
        assertThat(ids(new PersonFilter(null, null, null, null, true, null))).as("a later contact").doesNotContain(person);
        assertThatThrownBy(() -> casework.addContact(coordinator, person, today, Casework.Channel.PHONE, true, null, today))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("followUpOn"));
        assertThatThrownBy(() -> casework.addGoal(otherRegion, person, ServiceType.MEDICAL, "x", today))
                .isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> casework.contacts(otherRegion, person)).isInstanceOf(NotVisibleException.class);
    }

    @Test
    void theListFiltersByRegionCoordinatorRiskAndPseudonymWithinWhatTheUserSees() {
        long other = register();
        support.assessRisk(coordinator, other, new NewRisk(RiskLevel.HIGH, "Вигадана загроза", null, today, today.plusDays(30)));
        assertThat(ids(new PersonFilter(null, null, null, RiskLevel.HIGH, false, null))).contains(other).doesNotContain(person);
        assertThat(ids(new PersonFilter(null, "UA-53", coordinator.username(), null, false, null))).contains(person, other);
        assertThat(ids(new PersonFilter(null, "UA-46", null, null, false, null))).doesNotContain(person, other);
        assertThat(ids(new PersonFilter(null, null, PersonFilter.NO_COORDINATOR, null, false, null))).doesNotContain(person);
        String pseudonym = persons.open(coordinator, person).pseudonym();
        assertThat(ids(new PersonFilter(null, null, null, null, false, pseudonym.substring(7)))).containsExactly(person);
        assertThat(persons.list(otherRegion, new PersonFilter(null, "UA-53", null, null, false, null), 0, 200).rows())
                .as("a filter never widens what a user sees").extracting(PersonRow::id).doesNotContain(person, other);
        jdbc.sql("update risk_assessment set review_on = :d where person_id = :p").param("d", today.minusDays(1))
                .param("p", other).update();
        assertThat(ids(new PersonFilter(null, null, null, null, true, null))).contains(other);
    }
}
