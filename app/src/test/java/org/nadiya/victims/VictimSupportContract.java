package org.nadiya.victims;

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
import org.nadiya.audit.Outcome;
import org.nadiya.cases.ExploitationForm;
import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.LegalQualification;
import org.nadiya.cases.ProceedingDraft;
import org.nadiya.cases.Proceedings;
import org.nadiya.cases.TeamRole;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NewUser;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Interviews, risk assessments and status applications on every database, behind the person-visibility policy. */
abstract class VictimSupportContract {

    private static final AtomicLong ERDR = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100 + 3);

    @Autowired
    VictimSupport support;

    @Autowired
    Persons persons;

    @Autowired
    Proceedings proceedings;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonRecords records;

    CurrentUser coordinator;
    CurrentUser otherCoordinator;
    CurrentUser prosecutor;
    CurrentUser operative;
    CurrentUser outsider;
    CurrentUser admin;
    CurrentUser partner;
    CurrentUser researcher;
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));

    @BeforeEach
    void people() {
        coordinator = user(Role.COORDINATOR, "COORDINATION_CENTRE", "UA-53");
        otherCoordinator = user(Role.COORDINATOR, "COORDINATION_CENTRE", "UA-46");
        prosecutor = user(Role.PROSECUTOR, "PROSECUTOR", "UA-53");
        operative = user(Role.OPERATIVE, "NPU", "UA-53");
        outsider = user(Role.INVESTIGATOR, "NPU", "UA-53");
        admin = user(Role.ADMIN, "NADIYA_ADMIN", "UA");
        partner = user(Role.PARTNER, "COORDINATION_CENTRE", "UA-53");
        researcher = user(Role.RESEARCHER, "RESEARCH", "UA");
    }

    private CurrentUser user(Role role, String agency, String region) {
        String name = "s" + System.nanoTime() % 10_000_000_000L;
        users.create(new NewUser(name, "Тест " + role, null, Set.of(role), agency, region, false));
        var a = users.find(name).orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(), false);
    }

    long person(LocalDate birthDate, Long proceedingId) {
        return persons.register(coordinator, new NewPerson(PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-53",
                Set.of(ExploitationForm.FORCED_LABOUR), false, new Identity("Вигадана", "Тестова", null, null, birthDate, null,
                null, null, null, null), proceedingId, PersonKind.VICTIM));
    }

    long proceeding() {
        long id = proceedings.register(prosecutor, new ProceedingDraft(String.format("%017d", ERDR.incrementAndGet()),
                today.minusDays(30), "UA-53", "Вигадана справа для тесту", List.of(new LegalQualification("149", 2)),
                false, false, Set.of(), Set.of(ExploitationForm.FORCED_LABOUR), InvestigativeBody.NPU, null));
        proceedings.addMember(prosecutor, id, operative.username(), TeamRole.OPERATIVE);
        return id;
    }

    static InterviewPlan plan(LocalDate on, boolean psychologist, boolean representative, String reason) {
        return new InterviewPlan(on, "НПУ, слідчий", InterviewPurpose.INTERROGATION, true, psychologist, representative,
                false, reason);
    }

    long count(CurrentUser user, String action, long personId, Outcome outcome) {
        return audit.count(new AuditQuery(user.username(), action, "person", String.valueOf(personId), outcome, null,
                null, 0, 50));
    }

    @Test
    void supportNeedsNoProceedingNorCooperation() {
        long id = person(LocalDate.of(1990, 1, 1), null);
        assertThat(persons.open(coordinator, id).participations()).isEmpty();
        long risk = support.assessRisk(coordinator, id, new NewRisk(RiskLevel.HIGH, "Погрози від оточення (вигадано)",
                "Переселення до притулку", today, today.plusMonths(1)));
        long application = support.applyForStatus(coordinator, id, today.minusDays(5), today.minusDays(2), "RSA-53");
        assertThat(support.risks(coordinator, id)).extracting(RiskAssessment::id).containsExactly(risk);
        assertThat(support.statusApplications(coordinator, id)).extracting(StatusApplication::id)
                .containsExactly(application);
    }

    @Test
    void aChildsInterviewNeedsAReasonWhenWarningsApply() {
        long child = person(today.minusYears(12), null);
        // A representative planned counts only once one is recorded for the child.
        assertThat(support.interviewWarnings(coordinator, child, plan(today.plusDays(3), false, true, null)))
                .containsExactlyInAnyOrder(InterviewWarning.CHILD_NO_PSYCHOLOGIST, InterviewWarning.CHILD_NO_LEGAL_REPRESENTATIVE);
        long guardian = persons.register(coordinator, new NewPerson(PersonKind.LEGAL_REPRESENTATIVE, Sex.FEMALE, "UA",
                "UA-53", Set.of(), false, new Identity("Вигадана", "Опікунка", null, null, LocalDate.of(1970, 1, 1), null, null,
                null, null, null), null, null));
        records.linkRepresentative(coordinator, child, guardian);
        assertThat(support.interviewWarnings(coordinator, child, plan(today.plusDays(3), false, true, null)))
                .containsExactly(InterviewWarning.CHILD_NO_PSYCHOLOGIST);
        assertThatThrownBy(() -> support.planInterview(coordinator, child, plan(today.plusDays(3), false, true, " ")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("overrideReason");
        assertThat(support.interviews(coordinator, child)).isEmpty();

        var planned = support.planInterview(coordinator, child, plan(today.plusDays(3), false, true,
                "Психолог недоступний, допит невідкладний (вигадано)"));
        assertThat(planned.warnings()).containsExactly(InterviewWarning.CHILD_NO_PSYCHOLOGIST);
        assertThat(planned.overrideReason()).startsWith("Психолог");
        assertThat(planned.status()).isEqualTo(InterviewStatus.PLANNED);
        assertThat(support.plannedOverWarnings(coordinator)).extracting(Interview::id).contains(planned.id());
        assertThat(support.plannedOverWarnings(otherCoordinator)).extracting(Interview::id).doesNotContain(planned.id());
        assertThat(audit.find(new AuditQuery(coordinator.username(), "INTERVIEW_PLANNED", "person",
                String.valueOf(child), Outcome.ALLOWED, null, null, 0, 5)).get(0).details())
                .contains("over warnings");

        // Issue 17: a second interview of the child days later warns, however well it is planned.
        var again = support.planInterview(coordinator, child, plan(today.plusDays(4), true, true, "Очна ставка (вигадано)"));
        assertThat(again.warnings()).containsExactly(InterviewWarning.CHILD_REPEATED_INTERVIEW);
        assertThat(again.overrideReason()).startsWith("Очна ставка");
    }

    @Test
    void aRecordedTestimonyAndTheThresholdWarn() {
        long adult = person(LocalDate.of(1985, 5, 5), null);
        var first = support.planInterview(coordinator, adult, plan(today, false, false, null));
        support.recordOutcome(coordinator, adult, first.id(), InterviewStatus.DONE, 90, true);
        assertThatThrownBy(() -> support.planInterview(coordinator, adult, plan(today.plusDays(1), false, false, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("a video-recorded testimony already exists");
        var second = support.planInterview(coordinator, adult, plan(today.plusDays(1), false, false, "Очна ставка"));
        assertThat(second.warnings()).containsExactly(InterviewWarning.RECORDED_TESTIMONY_EXISTS);
        assertThat(support.interviewWarnings(coordinator, adult, plan(today.plusDays(2), false, false, null)))
                .contains(InterviewWarning.THRESHOLD_REACHED);
        assertThat(support.interviews(coordinator, adult)).extracting(Interview::status)
                .containsExactly(InterviewStatus.DONE, InterviewStatus.PLANNED);
        assertThat(support.interviews(coordinator, adult).get(0).durationMinutes()).isEqualTo(90);
        assertThatThrownBy(() -> support.recordOutcome(coordinator, adult, second.id(), InterviewStatus.DONE, 30, false))
                .isInstanceOf(InvalidInputException.class);
        support.recordOutcome(coordinator, adult, second.id(), InterviewStatus.CANCELLED, null, null);
        assertThat(count(coordinator, "INTERVIEW_CANCELLED", adult, Outcome.ALLOWED)).isOne();
    }

    @Test
    void everyCallChecksVisibilityFirst() {
        long id = person(LocalDate.of(1990, 1, 1), null);
        support.assessRisk(coordinator, id, new NewRisk(RiskLevel.LOW, "Вигадано", null, today, today.plusDays(30)));
        for (CurrentUser stranger : List.of(otherCoordinator, outsider, partner, researcher)) {
            assertThatThrownBy(() -> support.interviews(stranger, id)).isInstanceOf(NotVisibleException.class);
            assertThatThrownBy(() -> support.risks(stranger, id)).isInstanceOf(NotVisibleException.class);
            assertThatThrownBy(() -> support.statusApplications(stranger, id)).isInstanceOf(NotVisibleException.class);
            assertThatThrownBy(() -> support.planInterview(stranger, id, plan(today, true, true, "x")))
                    .isInstanceOf(NotVisibleException.class);
            assertThatThrownBy(() -> support.assessRisk(stranger, id, new NewRisk(RiskLevel.LOW, "x", null, today,
                    today.plusDays(1)))).isInstanceOf(NotVisibleException.class);
            assertThat(count(stranger, "READ_REFUSED", id, Outcome.DENIED)).isGreaterThanOrEqualTo(5);
        }
        assertThatThrownBy(() -> support.overdueReviews(partner)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> support.plannedOverWarnings(researcher)).isInstanceOf(AccessDeniedException.class);
        // the administrator sees the person but manages nothing and reads no risk details
        assertThat(support.risks(admin, id)).allSatisfy(r -> {
            assertThat(r.detailsShown()).isFalse();
            assertThat(r.description()).isNull();
        });
        assertThatThrownBy(() -> support.assessRisk(admin, id, new NewRisk(RiskLevel.LOW, "x", null, today,
                today.plusDays(1)))).isInstanceOf(AccessDeniedException.class);
        assertThat(count(admin, "RISK_REFUSED", id, Outcome.DENIED)).isOne();
    }

    @Test
    void aCaseWorkerOnTheTeamSeesButOnlyProsecutorAndInvestigatorManage() {
        long proceeding = proceeding();
        long id = person(LocalDate.of(1990, 1, 1), proceeding);
        assertThat(support.interviews(operative, id)).isEmpty();
        assertThatThrownBy(() -> support.planInterview(operative, id, plan(today, true, true, null)))
                .isInstanceOf(AccessDeniedException.class);
        var planned = support.planInterview(prosecutor, id, plan(today.plusDays(1), false, false, null));
        assertThat(planned.plannedBy()).isEqualTo(prosecutor.username());
    }

    @Test
    void riskDetailsAreEncryptedAtRestAndTheirReadsAudited() {
        long id = person(LocalDate.of(1990, 1, 1), null);
        long risk = support.assessRisk(coordinator, id, new NewRisk(RiskLevel.HIGH, "Брат підозрюваного погрожує (вигадано)",
                "Охорона під час суду", today.minusDays(40), today.minusDays(10)));
        var raw = jdbc.sql("select description_enc, measures_enc from risk_assessment where id = :id").param("id", risk)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        assertThat(raw[0]).startsWith("v1:").doesNotContain("погрожує");
        assertThat(raw[1]).startsWith("v1:").doesNotContain("Охорона");
        var read = support.risks(coordinator, id);
        assertThat(read).singleElement().satisfies(r -> {
            assertThat(r.description()).isEqualTo("Брат підозрюваного погрожує (вигадано)");
            assertThat(r.measures()).isEqualTo("Охорона під час суду");
            assertThat(r.reviewOverdue()).isTrue();
            assertThat(r.toString()).doesNotContain("погрожує");
        });
        assertThat(count(coordinator, "RISK_READ", id, Outcome.ALLOWED)).isOne();
        assertThat(count(coordinator, "RISK_ASSESSED", id, Outcome.ALLOWED)).isOne();
        assertThat(support.overdueReviews(coordinator)).extracting(RiskAssessment::id).contains(risk);
        assertThat(support.overdueReviews(otherCoordinator)).extracting(RiskAssessment::id).doesNotContain(risk);
        // a newer assessment replaces the overdue one
        support.assessRisk(coordinator, id, new NewRisk(RiskLevel.MEDIUM, "Переоцінено", null, today, today.plusDays(60)));
        assertThat(support.overdueReviews(coordinator)).extracting(RiskAssessment::personId).doesNotContain(id);
        assertThatThrownBy(() -> support.assessRisk(coordinator, id, new NewRisk(RiskLevel.LOW, " ", null, today,
                today.plusDays(1)))).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("description");
        assertThatThrownBy(() -> support.assessRisk(coordinator, id, new NewRisk(RiskLevel.LOW, "x", null, today,
                today))).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("reviewOn");
    }

    @Test
    void aStatusApplicationIsDecidedExtendedOnceAndWarnedBeforeExpiry() {
        long id = person(LocalDate.of(1990, 1, 1), null);
        long pending = support.applyForStatus(coordinator, id, today.minusMonths(3), today.minusMonths(2), "RSA-53");
        assertThat(support.statusApplications(coordinator, id).get(0).warnings())
                .containsExactly(StatusWarning.DECISION_OVERDUE);
        assertThatThrownBy(() -> support.applyForStatus(coordinator, id, today, null, "NOPE"))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("bodyCode");

        LocalDate decided = today.minusYears(2).plusDays(10);
        long granted = support.applyForStatus(coordinator, id, decided.minusDays(40), decided.minusDays(20), "RSA-53");
        assertThatThrownBy(() -> support.decideStatus(coordinator, id, granted, StatusDecision.GRANTED, decided,
                decided.plusYears(2).plusDays(1))).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("validUntil");
        support.decideStatus(coordinator, id, granted, StatusDecision.GRANTED, decided, null);
        var app = support.statusApplications(coordinator, id).stream().filter(a -> a.id() == granted).findFirst()
                .orElseThrow();
        assertThat(app.validUntil()).isEqualTo(decided.plusYears(2));
        assertThat(app.warnings()).containsExactly(StatusWarning.EXPIRING);
        assertThat(count(coordinator, "STATUS_DECIDED", id, Outcome.ALLOWED)).isOne();

        assertThatThrownBy(() -> support.extendStatus(coordinator, id, granted, today,
                app.validUntil().plusYears(1).plusDays(1))).isInstanceOf(InvalidInputException.class);
        support.extendStatus(coordinator, id, granted, today, app.validUntil().plusYears(1));
        assertThatThrownBy(() -> support.extendStatus(coordinator, id, granted, today, app.validUntil().plusMonths(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        var extended = support.statusApplications(coordinator, id).stream().filter(a -> a.id() == granted).findFirst()
                .orElseThrow();
        assertThat(extended.endsOn()).isEqualTo(app.validUntil().plusYears(1));
        assertThat(extended.warnings()).isEmpty();

        support.decideStatus(coordinator, id, pending, StatusDecision.REFUSED, today, null);
        assertThatThrownBy(() -> support.extendStatus(coordinator, id, pending, today, today.plusMonths(1)))
                .isInstanceOf(InvalidInputException.class);
        support.appealStatus(coordinator, id, pending, today, "Вінницький окружний адміністративний суд", null);
        var appealed = support.statusApplications(coordinator, id).stream().filter(a -> a.id() == pending).findFirst()
                .orElseThrow();
        assertThat(appealed.appealCourt()).startsWith("Вінницький");
        assertThat(appealed.warnings()).isEmpty();
        assertThat(support.decidingBodies()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void everyOblastAndKyivHasExactlyOneBodyAndTheOccupiedOnesNone() {
        var regions = jdbc.sql("select code from region where code <> 'UA'").query(String.class).list();
        var byRegion = support.decidingBodies().stream().collect(java.util.stream.Collectors.groupingBy(
                DecidingBody::regionCode, java.util.stream.Collectors.counting()));
        for (String region : regions) {
            long expected = region.equals("UA-40") || region.equals("UA-43") ? 0 : 1;
            assertThat(byRegion.getOrDefault(region, 0L)).as(region).isEqualTo(expected);
        }
        assertThat(support.decidingBodies()).hasSize(25).allSatisfy(b -> {
            assertThat(b.name(java.util.Locale.forLanguageTag("uk"))).contains("державна адміністрація");
            assertThat(b.name(java.util.Locale.ENGLISH)).contains("State Administration");
        });
    }
}
