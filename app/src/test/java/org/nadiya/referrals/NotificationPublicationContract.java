package org.nadiya.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.nadiya.cases.ExploitationForm;
import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.LegalQualification;
import org.nadiya.cases.ProceedingDraft;
import org.nadiya.cases.ProceedingStageChanged;
import org.nadiya.cases.Proceedings;
import org.nadiya.cases.Stage;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.Eventually;
import org.nadiya.victims.Identity;
import org.nadiya.victims.NewPerson;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.Persons;
import org.nadiya.victims.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;

/**
 * Stage-change notifications survive a stop between the stage change's commit and the listener: the publication
 * is stored in the registry's table (Flyway V11, per database) and kept until the listener completes; an
 * incomplete one is republished (at start, or on resubmission) and the notification then appears.
 */
abstract class NotificationPublicationContract {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100 + 71);

    @Autowired
    Proceedings proceedings;

    @Autowired
    Persons persons;

    @Autowired
    Referrals referrals;

    @Autowired
    UserAdministration users;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));

    CurrentUser user(Role role, String agency, String region) {
        return org.nadiya.testsupport.TestUsers.create(users, role, agency, region);
    }

    long proceedingWithPerson(CurrentUser prosecutor, CurrentUser coordinator) {
        long proceeding = proceedings.register(prosecutor, new ProceedingDraft(String.format("%017d", SEQ.incrementAndGet()),
                today.minusDays(30), "UA-53", "Вигадана справа для тесту подій", List.of(new LegalQualification("149", 2)),
                false, false, Set.of(), Set.of(ExploitationForm.FORCED_LABOUR), InvestigativeBody.NPU, null));
        long person = persons.register(coordinator, new NewPerson(PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-53",
                Set.of(), false, new Identity("Вигаданка", "Подієва", null, null, null, null, null, null, null, null), null, null));
        persons.link(coordinator, person, proceeding, PersonKind.VICTIM);
        return proceeding;
    }

    private List<StageNotification> notified(CurrentUser coordinator, long proceeding) {
        return referrals.notifications(coordinator).stream().filter(n -> n.proceedingId() == proceeding).toList();
    }

    private long completed(String listener, String proceedingMarker) {
        return jdbc.sql("select count(*) from event_publication where listener_id = :l and completion_date is not null"
                        + " and serialized_event like :m").param("l", listener).param("m", "%" + proceedingMarker + "%")
                .query(Long.class).single();
    }

    @Test
    void anIncompletePublicationIsKeptAndRepublished() {
        var prosecutor = user(Role.PROSECUTOR, "PROSECUTOR", "UA-53");
        var coordinator = user(Role.COORDINATOR, "COORDINATION_CENTRE", "UA-53");

        // A stage change as usual: the registry records the publication and marks it completed.
        long first = proceedingWithPerson(prosecutor, coordinator);
        proceedings.move(prosecutor, first, Stage.SUSPICION_NOTIFIED, today, null);
        assertThat(Eventually.value(() -> notified(coordinator, first), l -> !l.isEmpty())).hasSize(1);
        String listener = Eventually.value(() -> jdbc.sql("select listener_id from event_publication where"
                        + " serialized_event like :m and completion_date is not null").param("m", "%" + first + "%")
                .query(String.class).list(), l -> !l.isEmpty()).get(0);
        assertThat(listener).contains("StageChangeListener");

        // The process stopped after the stage change committed and before the listener ran: the publication is
        // stored, the listener never completed it.
        long second = proceedingWithPerson(prosecutor, coordinator);
        var event = new ProceedingStageChanged(second, "erdr", Stage.REGISTERED, Stage.SUSPICION_NOTIFIED, today);
        registry.store(event, Stream.of(PublicationTargetIdentifier.of(listener)));
        assertThat(registry.findIncompletePublications()).anyMatch(p -> event.equals(p.getEvent()));
        assertThat(notified(coordinator, second)).isEmpty();

        // Republished (what a restart does with spring.modulith.events.republish-outstanding-events-on-restart).
        incomplete.resubmitIncompletePublications(p -> event.equals(p.getEvent()));
        var told = Eventually.value(() -> notified(coordinator, second), l -> !l.isEmpty());
        assertThat(told).singleElement().satisfies(n -> assertThat(n.to()).isEqualTo(Stage.SUSPICION_NOTIFIED));
        assertThat(Eventually.value(() -> registry.findIncompletePublications().stream()
                .noneMatch(p -> event.equals(p.getEvent())), done -> done)).isTrue();
        assertThat(completed(listener, "\"proceedingId\":" + second)).isEqualTo(1);
    }
}
