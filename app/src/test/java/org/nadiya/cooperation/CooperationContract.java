package org.nadiya.cooperation;

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
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NewUser;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.victims.ConsentScope;
import org.nadiya.victims.Consents;
import org.nadiya.victims.Identity;
import org.nadiya.victims.NewPerson;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.Persons;
import org.nadiya.victims.Recipient;
import org.nadiya.victims.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Need-to-know, lifecycle, overdue and consent-aware drafts of cooperation requests, on every database. */
abstract class CooperationContract {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100 + 7);

    @Autowired
    Cooperation cooperation;

    @Autowired
    Proceedings proceedings;

    @Autowired
    Persons persons;

    @Autowired
    Consents consents;

    @Autowired
    UserAdministration users;

    @Autowired
    JdbcClient jdbc;

    CurrentUser prosecutor;
    CurrentUser stranger;
    CurrentUser supervisor;
    long proceeding;
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));

    @BeforeEach
    void setUp() {
        prosecutor = user(Role.PROSECUTOR, "UA-56", false);
        stranger = user(Role.PROSECUTOR, "UA-56", false);
        supervisor = user(Role.PROSECUTOR, "UA-56", true);
        proceeding = proceedings.register(prosecutor, new ProceedingDraft(String.format("12%015d", SEQ.incrementAndGet()),
                today.minusDays(200), "UA-56", "Тестове провадження", List.of(new LegalQualification("149", 2)), false, true,
                Set.of("PL"), Set.of(ExploitationForm.FORCED_LABOUR), InvestigativeBody.NPU, null));
    }

    CurrentUser user(Role role, String region, boolean supervises) {
        String name = "c" + SEQ.incrementAndGet();
        users.create(new NewUser(name, "Тест " + role, null, Set.of(role), "PROSECUTOR", region, supervises));
        var a = users.find(name).orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(), supervises);
    }

    RequestDraft draft(String reference, List<String> persons, LocalDate drafted, LocalDate expected) {
        return new RequestDraft(reference, Direction.OUTGOING, RequestKind.MUTUAL_LEGAL_ASSISTANCE, "PL",
                "Prokuratura (test)", "MLA_1959", Set.of("BANK_RECORDS"), proceeding, persons, null, "pl", null, drafted, expected);
    }

    String reference() {
        return "T-" + SEQ.incrementAndGet();
    }

    @Test
    void requestsAreSeenExactlyWhereTheProceedingIs() {
        long id = cooperation.create(prosecutor, draft(reference(), List.of(), null, null));
        assertThat(cooperation.list(prosecutor, false)).extracting(CooperationRequest::id).contains(id);
        assertThat(cooperation.list(supervisor, false)).extracting(CooperationRequest::id).contains(id);
        assertThat(cooperation.list(stranger, false)).extracting(CooperationRequest::id).doesNotContain(id);
        assertThatThrownBy(() -> cooperation.get(stranger, id)).isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> cooperation.create(stranger, draft(reference(), List.of(), null, null)))
                .isInstanceOf(NotVisibleException.class);
        assertThat(cooperation.get(prosecutor, id).status()).isEqualTo(RequestStatus.DRAFTED);
    }

    @Test
    void anOverdueRequestIsListedUntilItIsAnswered() {
        String ref = reference();
        long id = cooperation.create(prosecutor, draft(ref, List.of(), today.minusDays(100), today.minusDays(10)));
        assertThat(cooperation.list(prosecutor, true)).extracting(CooperationRequest::id).contains(id);
        cooperation.advance(prosecutor, id, RequestStatus.APPROVED, today.minusDays(90), null);
        cooperation.advance(prosecutor, id, RequestStatus.SENT, today.minusDays(80), null);
        var summary = cooperation.overdue(prosecutor);
        assertThat(summary.byCountry().get("PL")).extracting(CooperationRequest::reference).contains(ref);
        assertThat(summary.byProceeding().get(proceeding)).extracting(CooperationRequest::id).containsExactly(id);
        assertThat(cooperation.get(prosecutor, id).daysOverdue(today)).isEqualTo(10);
        cooperation.addFollowUp(prosecutor, id, today.minusDays(5), "Нагадування");
        var executed = cooperation.advance(prosecutor, id, RequestStatus.EXECUTED, today, null);
        assertThat(executed.overdue()).isFalse();
        assertThat(executed.followUps()).hasSize(1);
        assertThat(cooperation.list(prosecutor, true)).extracting(CooperationRequest::id).doesNotContain(id);
        assertThatThrownBy(() -> cooperation.advance(prosecutor, id, RequestStatus.REFUSED, today, "late"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("status"));
    }

    @Test
    void aBadPseudonymLeavesNothingAndTheDraftNamesOnlyWhomConsentAllows() {
        long named = register("Тестова Згодна");
        long hidden = register("Тестова Прихована");
        String namedPseudonym = persons.open(prosecutor, named).pseudonym();
        String hiddenPseudonym = persons.open(prosecutor, hidden).pseudonym();
        long before = jdbc.sql("select count(*) from cooperation_request").query(Long.class).single();
        assertThatThrownBy(() -> cooperation.create(prosecutor, draft(reference(), List.of(namedPseudonym, "V-1900-000001"),
                null, null))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("persons"));
        assertThat(jdbc.sql("select count(*) from cooperation_request").query(Long.class).single()).isEqualTo(before);

        String ref = reference();
        long id = cooperation.create(prosecutor, draft(ref, List.of(namedPseudonym, hiddenPseudonym), null, null));
        consents.override(prosecutor, named, ConsentScope.SHARE_IDENTITY, Recipient.foreignAuthority("Prokuratura (test)", ref),
                "Тестова підстава");
        consents.override(prosecutor, hidden, ConsentScope.SHARE_IDENTITY,
                Recipient.foreignAuthority("Prokuratura (test)", "ANOTHER-REQUEST"), "Тестова підстава");
        String text = text(cooperation.draftDocument(prosecutor, id));
        assertThat(text).contains("Тестова Згодна", hiddenPseudonym).doesNotContain("Тестова Прихована");
    }

    private long register(String name) {
        return persons.register(prosecutor, new NewPerson(PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-56",
                Set.of(ExploitationForm.FORCED_LABOUR), false, new Identity(name.split(" ")[0],
                        name.split(" ")[1], null, null, null, null, null, null, null, null),
                proceeding, PersonKind.VICTIM));
    }

    private static String text(byte[] docx) {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
