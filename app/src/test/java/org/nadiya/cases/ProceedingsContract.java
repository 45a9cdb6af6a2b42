package org.nadiya.cases;

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
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NewUser;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The register's rules on every database; subclasses pick the database. */
abstract class ProceedingsContract {

    private static final AtomicLong ERDR = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100);

    @Autowired
    Proceedings proceedings;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog audit;

    CurrentUser prosecutor;
    CurrentUser investigator;
    CurrentUser outsider;
    CurrentUser supervisor;
    CurrentUser otherRegionSupervisor;
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));

    @BeforeEach
    void people() {
        prosecutor = user(Role.PROSECUTOR, "UA-53", false);
        investigator = user(Role.INVESTIGATOR, "UA-53", false);
        outsider = user(Role.INVESTIGATOR, "UA-53", false);
        supervisor = user(Role.PROSECUTOR, "UA-53", true);
        otherRegionSupervisor = user(Role.PROSECUTOR, "UA-46", true);
    }

    private CurrentUser user(Role role, String region, boolean supervises) {
        String name = "c" + System.nanoTime() % 10_000_000_000L;
        users.create(new NewUser(name, "Тест " + role, null, Set.of(role), "NPU", region, supervises));
        var a = users.find(name).orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(), supervises);
    }

    static String erdr() {
        return String.format("%017d", ERDR.incrementAndGet());
    }

    ProceedingDraft draft(String erdr, String... qualifications) {
        return new ProceedingDraft(erdr, today.minusDays(100), "UA-53", "Вигадана справа для тесту",
                java.util.Arrays.stream(qualifications).map(LegalQualification::parse).toList(), false, false, Set.of(),
                Set.of(ExploitationForm.FORCED_LABOUR), InvestigativeBody.NPU, null);
    }

    @Test
    void registersAProceedingWithItsCreatorOnTheTeam() {
        long id = proceedings.register(prosecutor, draft(erdr(), "149.2", "303.3"));
        var p = proceedings.open(prosecutor, id);
        assertThat(p.stage()).isEqualTo(Stage.REGISTERED);
        assertThat(p.qualifications()).extracting(LegalQualification::toString).containsExactly("149.2", "303.3");
        assertThat(p.seriousness()).isEqualTo(Seriousness.ESPECIALLY_GRAVE);
        assertThat(p.team()).singleElement().satisfies(m -> {
            assertThat(m.userId()).isEqualTo(prosecutor.id());
            assertThat(m.role()).isEqualTo(TeamRole.PROSECUTOR);
        });
        assertThat(audit.count(new AuditQuery(prosecutor.username(), "PROCEEDING_REGISTERED", "proceeding",
                String.valueOf(id), Outcome.ALLOWED, null, null, 0, 5))).isOne();
    }

    @Test
    void refusesBadRegisterDataNamingTheField() {
        assertThatThrownBy(() -> proceedings.register(prosecutor, draft("1234", "149.1")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("17 digits").extracting("field")
                .isEqualTo("erdrNumber");
        assertThatThrownBy(() -> proceedings.register(prosecutor, draft("1234567890123456X", "149.1")))
                .extracting("field").isEqualTo("erdrNumber");
        String taken = erdr();
        proceedings.register(prosecutor, draft(taken, "149.1"));
        assertThatThrownBy(() -> proceedings.register(prosecutor, draft(taken, "149.1"))).hasMessageContaining("already registered");
        var transnationalWithoutCountries = new ProceedingDraft(erdr(), today, "UA-53", "x", List.of(new LegalQualification("149", 1)),
                false, true, Set.of(), Set.of(), InvestigativeBody.NPU, null);
        assertThatThrownBy(() -> proceedings.register(prosecutor, transnationalWithoutCountries)).extracting("field")
                .isEqualTo("countries");
        var sbiWithoutReason = new ProceedingDraft(erdr(), today, "UA-53", "x", List.of(new LegalQualification("149", 1)),
                false, false, Set.of(), Set.of(), InvestigativeBody.SBI, null);
        assertThatThrownBy(() -> proceedings.register(prosecutor, sbiWithoutReason)).extracting("field").isEqualTo("bodyReason");
        var future = new ProceedingDraft(erdr(), today.plusDays(1), "UA-53", "x", List.of(new LegalQualification("149", 1)),
                false, false, Set.of(), Set.of(), InvestigativeBody.NPU, null);
        assertThatThrownBy(() -> proceedings.register(prosecutor, future)).extracting("field").isEqualTo("registeredOn");
    }

    @Test
    void onlyTheTeamSupervisorsAndAdministratorsSeeAProceeding() {
        long id = proceedings.register(prosecutor, draft(erdr(), "149.1"));
        proceedings.addMember(prosecutor, id, investigator.username(), TeamRole.INVESTIGATOR);
        assertThat(proceedings.open(investigator, id).teamUserIds()).contains(investigator.id(), prosecutor.id());
        assertThat(proceedings.open(supervisor, id).id()).isEqualTo(id);
        var admin = new CurrentUser(1, "admin-test", "A", Set.of(Role.ADMIN), "NADIYA_ADMIN", "UA", false);
        assertThat(proceedings.open(admin, id).id()).isEqualTo(id);

        for (CurrentUser stranger : List.of(outsider, otherRegionSupervisor)) {
            assertThatThrownBy(() -> proceedings.open(stranger, id)).isInstanceOf(NotVisibleException.class);
            assertThatThrownBy(() -> proceedings.workspace(stranger, id)).isInstanceOf(NotVisibleException.class);
            assertThatThrownBy(() -> proceedings.addNote(stranger, id, "x")).isInstanceOf(NotVisibleException.class);
            assertThat(audit.count(new AuditQuery(stranger.username(), "READ_REFUSED", "proceeding", String.valueOf(id),
                    Outcome.DENIED, null, null, 0, 5))).isEqualTo(3);
            assertThat(proceedings.search(stranger, ProceedingFilter.firstPage()).rows()).extracting(ProceedingRow::id)
                    .doesNotContain(id);
        }
        assertThatThrownBy(() -> proceedings.open(outsider, 987_654_321L)).isInstanceOf(NotVisibleException.class)
                .hasMessage("proceeding 987654321 not found");
    }

    @Test
    void stagesMoveOnlyAlongLegalPathsAndKeepTheirHistory() {
        long id = proceedings.register(prosecutor, draft(erdr(), "149.1"));
        assertThatThrownBy(() -> proceedings.move(prosecutor, id, Stage.TRIAL, today, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot move to trial");
        LocalDate suspicion = today.minusDays(30);
        proceedings.move(prosecutor, id, Stage.SUSPICION_NOTIFIED, suspicion, null);
        assertThat(proceedings.open(prosecutor, id).deadline().due()).isEqualTo(suspicion.plusMonths(2));
        assertThatThrownBy(() -> proceedings.move(prosecutor, id, Stage.SUSPENDED, suspicion.minusDays(1), null))
                .hasMessageContaining("before the previous change");
        proceedings.move(prosecutor, id, Stage.SUSPENDED, today.minusDays(10), "Підозрюваний переховується");
        assertThatThrownBy(() -> proceedings.move(prosecutor, id, Stage.REGISTERED, today, null))
                .hasMessageContaining("resumes at the stage it was suspended from");
        proceedings.move(prosecutor, id, Stage.SUSPICION_NOTIFIED, today.minusDays(4), null);
        var p = proceedings.open(prosecutor, id);
        assertThat(p.deadline().excludedDays()).isEqualTo(6);
        assertThat(p.deadline().due()).isEqualTo(suspicion.plusMonths(2).plusDays(6));
        assertThatThrownBy(() -> proceedings.move(prosecutor, id, Stage.CLOSED, today, " "))
                .hasMessageContaining("ground of closure");
        proceedings.move(prosecutor, id, Stage.CLOSED, today, "Відсутній склад злочину");
        var ws = proceedings.workspace(prosecutor, id);
        assertThat(ws.stages()).extracting(CaseActivity.StageChange::to).containsExactly(Stage.REGISTERED,
                Stage.SUSPICION_NOTIFIED, Stage.SUSPENDED, Stage.SUSPICION_NOTIFIED, Stage.CLOSED);
        assertThat(ws.stages().get(4).recordedBy()).isEqualTo(prosecutor.username());
        assertThat(ws.proceeding().closureGround()).isEqualTo("Відсутній склад злочину");
        assertThat(ws.proceeding().stage().next()).isEmpty();
    }

    @Test
    void extensionsFollowWhoMayGrantThem() {
        long id = proceedings.register(prosecutor, draft(erdr(), "149.1"));
        assertThatThrownBy(() -> proceedings.extendDeadline(prosecutor, id, 3,
                DeadlineExtension.Grantor.HEAD_OF_PROSECUTORS_OFFICE, "Head", today))
                .hasMessageContaining("no");
        LocalDate suspicion = today.minusDays(50);
        proceedings.move(prosecutor, id, Stage.SUSPICION_NOTIFIED, suspicion, null);
        assertThatThrownBy(() -> proceedings.extendDeadline(prosecutor, id, 6,
                DeadlineExtension.Grantor.HEAD_OF_PROSECUTORS_OFFICE, "Head", today))
                .hasMessageContaining("3 months at most");
        proceedings.extendDeadline(prosecutor, id, 3, DeadlineExtension.Grantor.HEAD_OF_PROSECUTORS_OFFICE,
                "Керівник прокуратури", today);
        proceedings.extendDeadline(prosecutor, id, 6, DeadlineExtension.Grantor.INVESTIGATING_JUDGE, "Слідчий суддя", today);
        assertThatThrownBy(() -> proceedings.extendDeadline(prosecutor, id, 6,
                DeadlineExtension.Grantor.INVESTIGATING_JUDGE, "Judge", today)).hasMessageContaining("already 6");
        assertThat(proceedings.open(prosecutor, id).deadline().due()).isEqualTo(suspicion.plusMonths(6));
        proceedings.recordMaterialsReview(prosecutor, id, today.minusDays(9), today.minusDays(5));
        assertThat(proceedings.open(prosecutor, id).deadline().due()).isEqualTo(suspicion.plusMonths(6).plusDays(5));

        long minor = proceedings.register(prosecutor, draft(erdr(), "150.1"));
        proceedings.move(prosecutor, minor, Stage.SUSPICION_NOTIFIED, suspicion, null);
        proceedings.extendDeadline(prosecutor, minor, 6, DeadlineExtension.Grantor.INVESTIGATING_JUDGE, "Judge", today);
        assertThatThrownBy(() -> proceedings.extendDeadline(prosecutor, minor, 12,
                DeadlineExtension.Grantor.INVESTIGATING_JUDGE, "Judge", today)).hasMessageContaining("ceiling");
    }

    @Test
    void operativesWorkTasksButDoNotChangeRegisterData() {
        long id = proceedings.register(prosecutor, draft(erdr(), "149.1"));
        var operative = user(Role.OPERATIVE, "UA-53", false);
        proceedings.addMember(prosecutor, id, operative.username(), TeamRole.OPERATIVE);
        assertThatThrownBy(() -> proceedings.addMember(prosecutor, id, operative.username(), TeamRole.PROSECUTOR))
                .hasMessageContaining("does not hold the role Prosecutor");
        long task = proceedings.addTask(operative, id, "Встановити місце перебування", operative.username(), today.plusDays(5));
        proceedings.completeTask(operative, id, task);
        assertThatThrownBy(() -> proceedings.move(operative, id, Stage.SUSPICION_NOTIFIED, today, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proceedings.addTask(prosecutor, id, "x", outsider.username(), null))
                .hasMessageContaining("not on this proceeding's team");
        assertThat(proceedings.workspace(prosecutor, id).tasks()).singleElement().satisfies(t -> assertThat(t.done()).isTrue());
    }

    @Test
    void anAnalystOnTheTeamSeesTheProceedingButChangesNoRegisterData() {
        long id = proceedings.register(prosecutor, draft(erdr(), "149.1"));
        var analyst = user(Role.ANALYST, "UA-53", false);
        var otherAnalyst = user(Role.ANALYST, "UA-53", false);
        assertThatThrownBy(() -> proceedings.addMember(prosecutor, id, investigator.username(), TeamRole.ANALYST))
                .hasMessageContaining("does not hold the role Analyst");
        assertThatThrownBy(() -> proceedings.workspace(analyst, id)).isInstanceOf(org.nadiya.security.NotVisibleException.class);
        proceedings.addMember(prosecutor, id, analyst.username(), TeamRole.ANALYST);
        assertThat(proceedings.workspace(analyst, id).proceeding().id()).isEqualTo(id);
        assertThat(proceedings.access(id).orElseThrow().hasMember(analyst.id(), TeamRole.ANALYST)).isTrue();
        assertThatThrownBy(() -> proceedings.workspace(otherAnalyst, id)).isInstanceOf(org.nadiya.security.NotVisibleException.class);
        assertThatThrownBy(() -> proceedings.move(analyst, id, Stage.SUSPICION_NOTIFIED, today, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proceedings.addMember(analyst, id, otherAnalyst.username(), TeamRole.ANALYST))
                .isInstanceOf(AccessDeniedException.class);
        proceedings.removeMember(prosecutor, id, analyst.id(), TeamRole.ANALYST);
        assertThatThrownBy(() -> proceedings.workspace(analyst, id)).isInstanceOf(org.nadiya.security.NotVisibleException.class);
    }

    @Test
    void evidenceKeepsItsFileHashAndChainOfCustody() {
        long id = proceedings.register(prosecutor, draft(erdr(), "149.1"));
        byte[] file = "фото оголошення".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long evidence = proceedings.addEvidence(prosecutor, id, "Скриншот оголошення", "Огляд сайту", today.minusDays(3),
                "Сервер прокуратури", "../../etc/ad.png", file);
        proceedings.addCustody(prosecutor, id, evidence, today, "Слідчий", "Експерт", "Експертиза");
        var item = proceedings.workspace(prosecutor, id).evidence().get(0);
        assertThat(item.fileName()).isEqualTo("ad.png");
        assertThat(item.fileSha256()).isEqualTo(java.util.HexFormat.of().formatHex(sha256(file)));
        assertThat(item.custody()).singleElement().satisfies(c -> assertThat(c.toHolder()).isEqualTo("Експерт"));
        assertThat(proceedings.evidenceFile(prosecutor, id, evidence).content()).isEqualTo(file);
        assertThatThrownBy(() -> proceedings.evidenceFile(outsider, id, evidence)).isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> proceedings.addCustody(prosecutor, id, evidence + 1000, today, "a", "b", "c"))
                .hasMessageContaining("no evidence item");
        proceedings.addNote(prosecutor, id, "Нотатка");
        proceedings.addHearing(prosecutor, id, today, "Вигаданий суд", null);
        assertThat(proceedings.workspace(prosecutor, id).timeline()).extracting(CaseActivity.TimelineEntry::kind)
                .contains("stage", "team", "evidence", "custody", "note", "hearing");
    }

    static final String FACTS = "{\"acts\":[\"recruitment\"],\"means\":[\"deception\"],\"purposes\":[\"forced_labour\"],"
            + "\"victims\":[{\"age\":16,\"offender_relation\":\"none\"}]}";

    @Test
    void theProsecutorDecidesTheQualificationAndLeavingTheAdviceTakesAReason() {
        long id = proceedings.register(prosecutor, draft(erdr(), "149.1"));
        proceedings.addMember(prosecutor, id, investigator.username(), TeamRole.INVESTIGATOR);
        var follows = proceedings.decideQualification(prosecutor, id, FACTS, "149.2", null);
        assertThat(follows.proposed()).isEqualTo("149.2");
        assertThat(follows.grounds()).isEqualTo("victim_minor");
        assertThat(follows.overridesAdvice()).isFalse();
        assertThat(proceedings.open(prosecutor, id).qualificationText()).isEqualTo("149.2");

        assertThatThrownBy(() -> proceedings.decideQualification(prosecutor, id, FACTS, "149.3, 303.3", " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("differs from the advice (Art. 149.2)")
                .extracting("field").isEqualTo("overrideReason");
        var override = proceedings.decideQualification(prosecutor, id, FACTS, "149.3, 303.3",
                "Потерпілій на час злочину було 13 років за документами");
        assertThat(override.overridesAdvice()).isTrue();
        var p = proceedings.open(prosecutor, id);
        assertThat(p.qualificationText()).isEqualTo("149.3, 303.3");
        assertThat(proceedings.workspace(prosecutor, id).decisions()).hasSize(2);

        assertThatThrownBy(() -> proceedings.decideQualification(investigator, id, FACTS, "149.2", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proceedings.decideQualification(prosecutor, id, "{\"acts\":[\"selling\"]}", "149.1", null))
                .hasMessageContaining("acts[0]: unknown value 'selling'");
        assertThatThrownBy(() -> proceedings.decideQualification(outsider, id, FACTS, "149.2", null))
                .isInstanceOf(NotVisibleException.class);
        assertThat(audit.count(new AuditQuery(prosecutor.username(), "QUALIFICATION_DECIDED", "proceeding",
                String.valueOf(id), Outcome.ALLOWED, null, null, 0, 5))).isEqualTo(2);
    }

    @Test
    void aConcurrentEditIsRefusedNotLost() {
        long id = proceedings.register(prosecutor, draft(erdr(), "149.1"));
        var seen = proceedings.open(prosecutor, id);
        var changed = new ProceedingDraft(seen.erdrNumber(), seen.registeredOn(), seen.regionCode(), "Оновлений опис",
                List.of(new LegalQualification("149", 3)), true, true, Set.of("pl"), Set.of(), InvestigativeBody.NPU, null);
        proceedings.update(prosecutor, id, changed, seen.version());
        assertThatThrownBy(() -> proceedings.update(prosecutor, id, changed, seen.version()))
                .hasMessageContaining("changed this proceeding meanwhile");
        var now = proceedings.open(prosecutor, id);
        assertThat(now.summary()).isEqualTo("Оновлений опис");
        assertThat(now.countries()).containsExactly("PL");
        assertThat(now.seriousness()).isEqualTo(Seriousness.ESPECIALLY_GRAVE);
    }

    @Test
    void searchFiltersByEveryCriterion() {
        String erdr = erdr();
        var d = new ProceedingDraft(erdr, today.minusDays(100), "UA-61", "Фільтри", List.of(new LegalQualification("149", 3),
                new LegalQualification("332", 1)), true, true, Set.of("MD"), Set.of(), InvestigativeBody.NPU, null);
        long id = proceedings.register(prosecutor, d);
        proceedings.register(prosecutor, draft(erdr(), "149.1"));
        proceedings.move(prosecutor, id, Stage.SUSPICION_NOTIFIED, today.minusDays(55), null);
        var mine = new ProceedingFilter(null, null, null, null, null, null, null, null, null, 0, 200);
        assertThat(ids(mine)).contains(id);
        assertThat(ids(new ProceedingFilter("UA-61", "149", 3, Stage.SUSPICION_NOTIFIED, InvestigativeBody.NPU, 10, true,
                true, erdr, 0, 10))).containsExactly(id);
        assertThat(ids(new ProceedingFilter("UA-05", null, null, null, null, null, null, null, erdr, 0, 10))).isEmpty();
        assertThat(ids(new ProceedingFilter(null, "149", 2, null, null, null, null, null, erdr, 0, 10))).isEmpty();
        assertThat(ids(new ProceedingFilter(null, "332", null, null, null, null, null, null, erdr, 0, 10))).containsExactly(id);
        assertThat(ids(new ProceedingFilter(null, null, null, Stage.TRIAL, null, null, null, null, erdr, 0, 10))).isEmpty();
        assertThat(ids(new ProceedingFilter(null, null, null, null, InvestigativeBody.SBI, null, null, null, erdr, 0, 10))).isEmpty();
        assertThat(ids(new ProceedingFilter(null, null, null, null, null, 3, null, null, erdr, 0, 10))).isEmpty();
        assertThat(ids(new ProceedingFilter(null, null, null, null, null, null, false, null, erdr, 0, 10))).isEmpty();
        assertThat(ids(new ProceedingFilter(null, null, null, null, null, null, null, false, erdr, 0, 10))).isEmpty();
        assertThat(proceedings.deadlines(prosecutor, 100)).extracting(ProceedingRow::id).contains(id);
        var page = proceedings.search(prosecutor, new ProceedingFilter(null, null, null, null, null, null, null, null, null, 0, 1));
        assertThat(page.rows()).hasSize(1);
        assertThat(page.hasNext()).isTrue();
    }

    private List<Long> ids(ProceedingFilter filter) {
        return proceedings.search(prosecutor, filter).rows().stream().map(ProceedingRow::id).toList();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
