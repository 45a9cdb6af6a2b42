package org.nadiya.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
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
import org.nadiya.cases.Stage;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NewUser;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.victims.ConsentGrant;
import org.nadiya.victims.ConsentScope;
import org.nadiya.victims.Consents;
import org.nadiya.victims.Identity;
import org.nadiya.victims.NewPerson;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.Persons;
import org.nadiya.victims.Recipient;
import org.nadiya.victims.ServiceType;
import org.nadiya.victims.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Needs, referrals, consent gating, the partner's view and notifications, on every database. */
abstract class ReferralsContract {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100 + 11);

    @Autowired
    Referrals referrals;

    @Autowired
    PartnerDirectory directory;

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
    JdbcClient jdbc;

    CurrentUser coordinator;
    CurrentUser otherCoordinator;
    CurrentUser admin;
    String ngo;
    String otherNgo;
    CurrentUser partner;
    CurrentUser otherPartner;
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));

    @BeforeEach
    void setUp() {
        admin = user(Role.ADMIN, "NADIYA_ADMIN", "UA");
        coordinator = user(Role.COORDINATOR, "COORDINATION_CENTRE", "UA-53");
        otherCoordinator = user(Role.COORDINATOR, "COORDINATION_CENTRE", "UA-46");
        ngo = "T_NGO_" + SEQ.incrementAndGet();
        otherNgo = "T_NGO_" + SEQ.incrementAndGet();
        for (String code : List.of(ngo, otherNgo)) {
            directory.save(admin, new Partner(code, "Тестова " + code, "Test " + code, PartnerKind.NGO,
                    Set.of(ServiceType.PSYCHOLOGICAL, ServiceType.SOCIAL), Set.of("UA-53"), Set.of("uk"), null, 5));
        }
        partner = user(Role.PARTNER, ngo, "UA-53");
        otherPartner = user(Role.PARTNER, otherNgo, "UA-53");
    }

    CurrentUser user(Role role, String agency, String region) {
        String name = "r" + SEQ.incrementAndGet();
        users.create(new NewUser(name, "Тест " + role, null, Set.of(role), agency, region, false));
        var a = users.find(name).orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(), false);
    }

    long person(Long proceedingId, CurrentUser by) {
        return persons.register(by, new NewPerson(PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-53", Set.of(ExploitationForm.FORCED_LABOUR),
                false, new Identity("Вигаданка", "Направлена", null, "Vyhadanka Napravlena", LocalDate.of(1997, 2, 3),
                        "+380 00 000 99 99", null, null, null, null), proceedingId, proceedingId == null ? null : PersonKind.VICTIM));
    }

    long consent(long personId, ConsentScope scope, Recipient recipient) {
        return consents.give(coordinator, personId, new ConsentGrant(scope, recipient, today, null, null));
    }

    Referral sendPsych(long personId) {
        var need = referrals.recordNeed(coordinator, personId, ServiceType.PSYCHOLOGICAL, Priority.URGENT);
        return referrals.send(coordinator, need.id(), ngo);
    }

    @Test
    void needsAreRecordedForVisiblePersonsOnly() {
        long id = person(null, coordinator);
        var need = referrals.recordNeed(coordinator, id, ServiceType.SOCIAL, Priority.HIGH);
        assertThat(need.status()).isEqualTo(NeedStatus.OPEN);
        assertThat(referrals.needs(coordinator, id)).extracting(Need::id).containsExactly(need.id());
        assertThatThrownBy(() -> referrals.recordNeed(otherCoordinator, id, ServiceType.SOCIAL, Priority.HIGH))
                .isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> referrals.needs(otherCoordinator, id)).isInstanceOf(NotVisibleException.class);
        assertThat(referrals.setNeedStatus(coordinator, need.id(), NeedStatus.MET).status()).isEqualTo(NeedStatus.MET);
        assertThat(audit.count(new AuditQuery(coordinator.username(), "NEED_RECORDED", "need", String.valueOf(need.id()),
                Outcome.ALLOWED, null, null, 0, 10))).isEqualTo(2);
        assertThat(referrals.candidates(coordinator, need.id())).extracting(Partner::agencyCode).contains(ngo, otherNgo);
    }

    @Test
    void lifecycleAllowsOnlyLegalTransitions() {
        long id = person(null, coordinator);
        var referral = sendPsych(id);
        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(referrals.needs(coordinator, id).get(0).status()).isEqualTo(NeedStatus.IN_PROGRESS);
        assertThatThrownBy(() -> referrals.changeStatus(partner, referral.id(), ReferralStatus.DELIVERED, null,
                ReferralOutcome.SERVICE_DELIVERED)).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("status");
        assertThatThrownBy(() -> referrals.changeStatus(partner, referral.id(), ReferralStatus.IN_PROGRESS, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(referrals.changeStatus(partner, referral.id(), ReferralStatus.ACCEPTED, null, null).status())
                .isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(referrals.changeStatus(partner, referral.id(), ReferralStatus.IN_PROGRESS, null, null).status())
                .isEqualTo(ReferralStatus.IN_PROGRESS);
        assertThatThrownBy(() -> referrals.changeStatus(partner, referral.id(), ReferralStatus.DELIVERED, null, null))
                .extracting("field").isEqualTo("outcome");
        var done = referrals.changeStatus(partner, referral.id(), ReferralStatus.DELIVERED, null, ReferralOutcome.SERVICE_DELIVERED);
        assertThat(done.status()).isEqualTo(ReferralStatus.DELIVERED);
        assertThat(done.outcome()).isEqualTo(ReferralOutcome.SERVICE_DELIVERED);
        assertThat(done.answeredAt()).isNotNull();
        assertThatThrownBy(() -> referrals.changeStatus(coordinator, referral.id(), ReferralStatus.CLOSED, null,
                ReferralOutcome.OTHER)).isInstanceOf(InvalidInputException.class);

        var declined = sendPsych(id);
        assertThatThrownBy(() -> referrals.changeStatus(partner, declined.id(), ReferralStatus.DECLINED, null, null))
                .extracting("field").isEqualTo("declineReason");
        var d = referrals.changeStatus(partner, declined.id(), ReferralStatus.DECLINED, DeclineReason.NO_CAPACITY, null);
        assertThat(d.declineReason()).isEqualTo(DeclineReason.NO_CAPACITY);
        assertThatThrownBy(() -> referrals.changeStatus(partner, declined.id(), ReferralStatus.ACCEPTED, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(audit.count(new AuditQuery(partner.username(), "REFERRAL_STATUS", "referral", String.valueOf(referral.id()),
                Outcome.ALLOWED, null, null, 0, 10))).isEqualTo(3);
        assertThat(audit.count(new AuditQuery(coordinator.username(), "REFERRAL_SENT", "referral", String.valueOf(referral.id()),
                Outcome.ALLOWED, null, null, 0, 10))).isEqualTo(1);
    }

    @Test
    void aReferralWithoutAnswerForMoreThanTheConfiguredDaysIsOverdue() {
        long id = person(null, coordinator);
        var referral = sendPsych(id);
        assertThat(referral.overdue()).isFalse();
        backdate(referral.id(), Duration.ofDays(2));
        assertThat(referrals.get(coordinator, referral.id()).overdue()).isFalse();
        backdate(referral.id(), Duration.ofDays(4));
        assertThat(referrals.get(coordinator, referral.id()).overdue()).isTrue();
        assertThat(referrals.get(partner, referral.id()).overdue()).isTrue();
        referrals.changeStatus(partner, referral.id(), ReferralStatus.ACCEPTED, null, null);
        assertThat(referrals.get(coordinator, referral.id()).overdue()).isFalse();
    }

    private void backdate(long referralId, Duration ago) {
        jdbc.sql("update referral set sent_at = :at where id = :id")
                .param("at", OffsetDateTime.ofInstant(Instant.now().minus(ago), ZoneOffset.UTC)).param("id", referralId).update();
    }

    @Test
    void whatIsSentIsExactlyWhatTheConsentAllows() {
        long none = person(null, coordinator);
        var needNone = referrals.recordNeed(coordinator, none, ServiceType.PSYCHOLOGICAL, Priority.NORMAL);
        assertThat(referrals.preview(coordinator, needNone.id(), ngo)).isEqualTo(new Disclosure(ngo, false, false));
        var bare = referrals.send(coordinator, needNone.id(), ngo);
        assertThat(bare.sentIdentity()).isFalse();
        assertThat(bare.sentCaseDetails()).isFalse();
        var read = referrals.get(partner, bare.id());
        assertThat(read.shared().identity()).isNull();
        assertThat(read.shared().caseDetails()).isNull();
        assertThat(read.personId()).isNull();

        long both = person(null, coordinator);
        consent(both, ConsentScope.SHARE_IDENTITY, Recipient.partner(ngo));
        consent(both, ConsentScope.SHARE_CASE_DETAILS, Recipient.service(ServiceType.PSYCHOLOGICAL));
        var need = referrals.recordNeed(coordinator, both, ServiceType.PSYCHOLOGICAL, Priority.NORMAL);
        assertThat(referrals.preview(coordinator, need.id(), ngo)).isEqualTo(new Disclosure(ngo, true, true));
        assertThat(referrals.preview(coordinator, need.id(), otherNgo)).isEqualTo(new Disclosure(otherNgo, false, true));
        var sent = referrals.send(coordinator, need.id(), ngo);
        assertThat(sent.sentIdentity()).isTrue();
        assertThat(sent.sentCaseDetails()).isTrue();
        var shown = referrals.get(partner, sent.id());
        assertThat(shown.shared().identity().fullName()).isEqualTo("Вигаданка Направлена");
        assertThat(shown.shared().caseDetails().regionCode()).isEqualTo("UA-53");
        // a consent given after sending does not widen what was sent
        consent(none, ConsentScope.SHARE_IDENTITY, Recipient.partner(ngo));
        assertThat(referrals.get(partner, bare.id()).shared().identity()).isNull();
    }

    @Test
    void aWithdrawalTakesEffectAtOnceForReferralsAlreadySent() {
        long id = person(null, coordinator);
        long identityConsent = consent(id, ConsentScope.SHARE_IDENTITY, Recipient.partner(ngo));
        consent(id, ConsentScope.SHARE_CASE_DETAILS, Recipient.partner(ngo));
        var sent = sendPsych(id);
        assertThat(referrals.get(partner, sent.id()).shared().identity()).isNotNull();
        consents.withdraw(coordinator, id, identityConsent, today);
        var after = referrals.get(partner, sent.id());
        assertThat(after.shared().identity()).isNull();
        assertThat(after.shared().caseDetails()).isNotNull();
        assertThat(after.sentIdentity()).isTrue();
        assertThat(jdbc.sql("select count(*) from referral where id = :id").param("id", sent.id()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void partnersSeeOnlyTheirOrganisationsReferralsAndEveryReadIsAudited() {
        long id = person(null, coordinator);
        consent(id, ConsentScope.SHARE_IDENTITY, Recipient.partner(ngo));
        var sent = sendPsych(id);
        assertThat(referrals.list(partner)).extracting(Referral::id).contains(sent.id());
        assertThat(referrals.list(partner)).allSatisfy(r -> {
            assertThat(r.partnerCode()).isEqualTo(ngo);
            assertThat(r.personId()).isNull();
            assertThat(r.shared()).isNull();
        });
        assertThat(referrals.list(otherPartner)).extracting(Referral::id).doesNotContain(sent.id());
        assertThatThrownBy(() -> referrals.get(otherPartner, sent.id())).isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> referrals.changeStatus(otherPartner, sent.id(), ReferralStatus.ACCEPTED, null, null))
                .isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> referrals.get(partner, Long.MAX_VALUE)).isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> referrals.get(otherCoordinator, sent.id())).isInstanceOf(NotVisibleException.class);
        assertThat(referrals.list(otherCoordinator)).extracting(Referral::id).doesNotContain(sent.id());
        assertThat(referrals.list(coordinator)).extracting(Referral::id).contains(sent.id());
        assertThat(referrals.ofPerson(coordinator, id)).extracting(Referral::id).containsExactly(sent.id());

        for (int i = 0; i < 3; i++) {
            referrals.get(partner, sent.id());
        }
        assertThat(audit.count(new AuditQuery(partner.username(), "REFERRAL_READ", "referral", String.valueOf(sent.id()),
                Outcome.ALLOWED, null, null, 0, 10))).isEqualTo(3);
        assertThat(audit.count(new AuditQuery(partner.username(), "IDENTITY_READ_BY_PARTNER", "person", String.valueOf(id),
                Outcome.ALLOWED, null, null, 0, 10))).isEqualTo(3);
        assertThat(audit.count(new AuditQuery(otherPartner.username(), "READ_REFUSED", "referral", String.valueOf(sent.id()),
                Outcome.DENIED, null, null, 0, 10))).isEqualTo(2);
    }

    @Test
    void otherRolesGetNothing() {
        long id = person(null, coordinator);
        var sent = sendPsych(id);
        for (Role role : List.of(Role.RESEARCHER, Role.OPERATIVE, Role.ANALYST, Role.PROSECUTOR, Role.ADMIN)) {
            var someone = user(role, role == Role.ADMIN ? "NADIYA_ADMIN" : role == Role.PROSECUTOR ? "PROSECUTOR" : "NPU", "UA");
            assertThatThrownBy(() -> referrals.list(someone)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> referrals.get(someone, sent.id())).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> referrals.needs(someone, id)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> referrals.notifications(someone)).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> referrals.recordNeed(partner, id, ServiceType.SOCIAL, Priority.HIGH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> persons.forPartner(coordinator, id, ServiceType.SOCIAL, Set.of(ConsentScope.SHARE_IDENTITY), "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sendingChecksThePartnerOffersTheServiceInTheRegion() {
        long id = person(null, coordinator);
        var need = referrals.recordNeed(coordinator, id, ServiceType.SHELTER, Priority.URGENT);
        assertThatThrownBy(() -> referrals.send(coordinator, need.id(), ngo)).extracting("field").isEqualTo("partnerCode");
        var social = referrals.recordNeed(coordinator, id, ServiceType.SOCIAL, Priority.URGENT);
        String elsewhere = "T_NGO_" + SEQ.incrementAndGet();
        directory.save(admin, new Partner(elsewhere, "Інша", "Other", PartnerKind.NGO, Set.of(ServiceType.SOCIAL),
                Set.of("UA-46"), Set.of("uk"), null, 1));
        assertThatThrownBy(() -> referrals.send(coordinator, social.id(), elsewhere)).extracting("field").isEqualTo("partnerCode");
        assertThat(referrals.candidates(coordinator, social.id())).extracting(Partner::agencyCode).doesNotContain(elsewhere);
    }

    @Test
    void aStageChangeNotifiesTheCoordinatorsOfEveryLinkedPerson() {
        var prosecutor = user(Role.PROSECUTOR, "PROSECUTOR", "UA-53");
        long proceeding = proceedings.register(prosecutor, new ProceedingDraft(String.format("%017d", SEQ.incrementAndGet()),
                today.minusDays(30), "UA-53", "Вигадана справа для тесту направлень",
                List.of(new LegalQualification("149", 2)), false, false, Set.of(), Set.of(ExploitationForm.FORCED_LABOUR),
                InvestigativeBody.NPU, null));
        long first = person(null, coordinator);
        long second = person(null, coordinator);
        persons.link(coordinator, first, proceeding, PersonKind.VICTIM);
        persons.link(coordinator, second, proceeding, PersonKind.WITNESS);
        proceedings.move(prosecutor, proceeding, Stage.SUSPICION_NOTIFIED, today, null);

        // The listener runs after the commit, asynchronously (an application-module listener).
        var mine = org.nadiya.testsupport.Eventually.value(() -> referrals.notifications(coordinator).stream()
                .filter(n -> n.proceedingId() == proceeding).toList(), l -> l.size() >= 2);
        assertThat(mine).extracting(StageNotification::personId).containsExactlyInAnyOrder(first, second);
        String erdr = proceedings.open(prosecutor, proceeding).erdrNumber();
        assertThat(mine).allSatisfy(n -> {
            assertThat(n.from()).isEqualTo(Stage.REGISTERED);
            assertThat(n.to()).isEqualTo(Stage.SUSPICION_NOTIFIED);
            assertThat(n.erdrNumber()).isEqualTo(erdr);
            assertThat(n.pseudonym()).startsWith("V-");
            assertThat(n.dueOn()).isEqualTo(today.plusDays(5));
            assertThat(n.overdue()).isFalse();
        });
        assertThat(mine).extracting(StageNotification::pseudonym).doesNotHaveDuplicates();
        assertThat(referrals.notifications(otherCoordinator)).noneMatch(n -> n.proceedingId() == proceeding);
        assertThatThrownBy(() -> referrals.inform(otherCoordinator, mine.get(0).id(), InformChannel.PHONE, today))
                .isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> referrals.inform(coordinator, mine.get(0).id(), null, today))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("how"));
        assertThatThrownBy(() -> referrals.inform(coordinator, mine.get(0).id(), InformChannel.PHONE, today.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("informedOn"));
        assertThatThrownBy(() -> referrals.inform(coordinator, mine.get(0).id(), InformChannel.PHONE, today.minusDays(1)))
                .as("not before the change").isInstanceOf(InvalidInputException.class);
        referrals.inform(coordinator, mine.get(0).id(), InformChannel.PHONE, today);
        assertThat(referrals.notifications(coordinator)).extracting(StageNotification::id).doesNotContain(mine.get(0).id())
                .contains(mine.get(1).id());
        assertThat(jdbc.sql("select informed_how from referral_notification where id = :id").param("id", mine.get(0).id())
                .query(String.class).single()).isEqualTo("PHONE");
        assertThatThrownBy(() -> referrals.inform(coordinator, mine.get(0).id(), InformChannel.PHONE, today))
                .as("done once").isInstanceOf(NotVisibleException.class);
        assertThat(audit.count(new AuditQuery(coordinator.username(), "PERSON_INFORMED", "notification",
                String.valueOf(mine.get(0).id()), Outcome.ALLOWED, null, null, 0, 10))).isEqualTo(1);
    }
}
