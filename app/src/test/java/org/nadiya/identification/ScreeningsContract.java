package org.nadiya.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.identification.indicators.AgeBand;
import org.nadiya.identification.indicators.Answer;
import org.nadiya.identification.indicators.Signal;
import org.nadiya.referrals.CoordinatorIntake;
import org.nadiya.referrals.Priority;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NewUser;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.victims.NewPerson;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.Persons;
import org.nadiya.victims.ServiceType;
import org.nadiya.victims.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Screenings, the screened person and the handover, stored on every database. */
abstract class ScreeningsContract {

    @Autowired
    Screenings screenings;

    @Autowired
    Persons persons;

    @Autowired
    CoordinatorIntake intake;

    @Autowired
    UserAdministration users;

    @Autowired
    JdbcClient jdbc;

    CurrentUser officer;
    CurrentUser coordinator;
    CurrentUser otherCoordinator;

    @BeforeEach
    void people() {
        officer = user(Role.OPERATIVE, "MIGRATION_POLICE", "UA-53");
        coordinator = user(Role.COORDINATOR, "COORDINATION_CENTRE", "UA-53");
        otherCoordinator = user(Role.COORDINATOR, "COORDINATION_CENTRE", "UA-46");
    }

    private CurrentUser user(Role role, String agency, String region) {
        String name = "s" + System.nanoTime() % 10_000_000_000L;
        users.create(new NewUser(name, "Тест " + role, null, Set.of(role), agency, region, false));
        var a = users.find(name).orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(), false);
    }

    private ScreeningRequest request(boolean consent) {
        return new ScreeningRequest(UUID.randomUUID().toString(), null, Setting.LABOUR_INSPECTION, AgeBand.ADULT,
                Map.of("ilo.movement", Answer.YES, "ilo.threats", Answer.YES, "labour.dependency", Answer.NO), consent,
                Sex.MALE, ServiceType.SHELTER, null);
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param("p", param).query(Long.class).single();
    }

    @Test
    void anAnonymousScreeningStoresTheRecordAndItsIndicatorsOnly() {
        long persons = count("select count(*) from protected_person where region_code = :p", "UA-53");
        var result = screenings.submit(officer, request(false));
        assertThat(result.signal()).isEqualTo(Signal.STRONG);
        assertThat(result.regionCode()).as("the officer's region by default").isEqualTo("UA-53");
        assertThat(result.agencyCode()).isEqualTo("MIGRATION_POLICE");
        assertThat(result.handoverId()).isNull();
        assertThat(count("select count(*) from screening_indicator where screening_id = :p", result.id())).isEqualTo(2);
        assertThat(count("select count(*) from screening_handover where screening_id = :p", result.id())).isZero();
        assertThat(count("select count(*) from protected_person where region_code = :p", "UA-53")).isEqualTo(persons);
        assertThat(screenings.submit(officer, new ScreeningRequest(result.clientRef(), null, Setting.OTHER,
                AgeBand.UNDER_14, Map.of(), true, null, null, null)).id()).as("a re-send is the stored one")
                .isEqualTo(result.id());
    }

    @Test
    void withConsentThePersonHasNoIdentityAndTheRegionsCoordinatorTakesTheHandoverOnce() {
        var result = screenings.submit(officer, request(true));
        long personId = count("select person_id from screening_handover where screening_id = :p", result.id());
        var identity = jdbc.sql("select family_name_enc, name_latin_enc, birth_date_enc, phone_enc from protected_person "
                + "where id = :p").param("p", personId).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4)}).single();
        assertThat(identity).containsOnlyNulls();
        assertThat(persons.canSee(officer, personId)).as("the officer does not see the person afterwards").isFalse();
        assertThat(persons.registeredBy(officer, personId)).isTrue();

        var waiting = intake.waiting(coordinator).stream().filter(h -> h.personId() == personId).toList();
        assertThat(waiting).singleElement().satisfies(h -> {
            assertThat(h.service()).isEqualTo(ServiceType.SHELTER);
            assertThat(h.priority()).isEqualTo(Priority.URGENT);
            assertThat(h.fromAgency()).isEqualTo("MIGRATION_POLICE");
            assertThat(h.id()).isEqualTo(result.handoverId());
        });
        assertThat(intake.waiting(otherCoordinator)).noneMatch(h -> h.personId() == personId);
        assertThatThrownBy(() -> intake.take(otherCoordinator, result.handoverId())).isInstanceOf(NotVisibleException.class);
        assertThat(intake.take(coordinator, result.handoverId()).takenBy()).isEqualTo(coordinator.username());
        assertThatThrownBy(() -> intake.take(coordinator, result.handoverId())).isInstanceOf(InvalidInputException.class);
        assertThat(intake.waiting(coordinator)).noneMatch(h -> h.personId() == personId);
    }

    @Test
    void onlyFrontLineOfficersRegisterAndHandOverTheirOwnScreenedPersons() {
        var other = user(Role.INVESTIGATOR, "NPU", "UA-53");
        long personId = persons.registerScreened(other, new NewPerson(PersonKind.VICTIM, null, null, "UA-53", Set.of(),
                false, null, null, null));
        assertThatThrownBy(() -> intake.handOver(officer, personId, "UA-53", ServiceType.SAFETY, null, "SCREENING"))
                .isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> persons.registerScreened(coordinator, new NewPerson(PersonKind.VICTIM, null, null,
                "UA-53", Set.of(), false, null, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> screenings.submit(coordinator, request(true))).isInstanceOf(AccessDeniedException.class);
        assertThat(intake.handOver(other, personId, "UA-53", ServiceType.SAFETY, null, "SCREENING").priority())
                .isEqualTo(Priority.NORMAL);
    }

    @Test
    void theSummaryCountsAndSuppresses() {
        var analyst = user(Role.ANALYST, "PROSECUTOR", "UA");
        for (int i = 0; i < 5; i++) {
            screenings.submit(officer, request(false));
        }
        var summary = screenings.summary(analyst);
        assertThat(summary.byAgency()).anySatisfy(c -> assertThat(c.key()).isEqualTo("MIGRATION_POLICE"));
        for (var partition : java.util.List.of(summary.byRegion(), summary.byAgency(), summary.bySignal())) {
            // a shown count is 0 or at least 5 (the cell-key method, decision 0036)
            assertThat(partition).allSatisfy(c -> assertThat(c.count() == null || c.count() == 0 || c.count() >= 5).isTrue());
        }
        // the same screenings get the same numbers however often the report is read: nothing to average
        assertThat(screenings.summary(analyst)).isEqualTo(summary);
        assertThat(summary.byIndicator()).allSatisfy(c -> assertThat(c.count() == null || c.count() >= 5 || c.count() == 0).isTrue());
        assertThatThrownBy(() -> screenings.summary(user(Role.RESEARCHER, "RESEARCH", "UA")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
