package org.nadiya.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
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
import org.nadiya.security.CurrentUser;
import org.nadiya.security.EncryptedColumn;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Photo, legal representative, responsible coordinator and the justice timeline, on every database. */
abstract class PersonRecordsContract {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100 + 41);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 7, 7};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 9, 9};

    @Autowired
    Persons persons;

    @Autowired
    PersonRecords records;

    @Autowired
    JusticeTimeline timeline;

    @Autowired
    VictimSupport support;

    @Autowired
    Proceedings proceedings;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<EncryptedColumn> encryptedColumns;

    CurrentUser coordinator;
    CurrentUser otherCoordinator;
    CurrentUser centralCoordinator;
    CurrentUser prosecutor;
    CurrentUser partner;
    CurrentUser researcher;
    CurrentUser admin;
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));

    @BeforeEach
    void people() {
        coordinator = user(Role.COORDINATOR, "COORDINATION_CENTRE", "UA-53");
        otherCoordinator = user(Role.COORDINATOR, "COORDINATION_CENTRE", "UA-46");
        centralCoordinator = user(Role.COORDINATOR, "COORDINATION_CENTRE", "UA");
        prosecutor = user(Role.PROSECUTOR, "PROSECUTOR", "UA-53");
        partner = user(Role.PARTNER, "COORDINATION_CENTRE", "UA-53");
        researcher = user(Role.RESEARCHER, "RESEARCH", "UA");
        admin = user(Role.ADMIN, "NADIYA_ADMIN", "UA");
    }

    CurrentUser user(Role role, String agency, String region) {
        return org.nadiya.testsupport.TestUsers.create(users, role, agency, region);
    }

    long register(CurrentUser by, PersonKind kind, LocalDate born, Long proceeding) {
        return persons.register(by, new NewPerson(kind, Sex.FEMALE, "UA", "UA-53", Set.of(ExploitationForm.FORCED_LABOUR),
                false, new Identity("Вигадана", "Фотова", null, null, born, null, null, null, null, null), proceeding,
                proceeding == null ? null : PersonKind.VICTIM));
    }

    long count(CurrentUser user, String action, long id, Outcome outcome) {
        return audit.count(new AuditQuery(user.username(), action, "person", String.valueOf(id), outcome, null, null, 0, 50));
    }

    @Test
    void thePhotoIsSniffedEncryptedAndReadOnlyOnTheIdentitysPath() {
        long id = register(coordinator, PersonKind.VICTIM, LocalDate.of(1990, 1, 1), null);
        assertThat(persons.open(coordinator, id).hasPhoto()).isFalse();
        byte[] gif = "GIF89a-not-an-accepted-image".getBytes();
        for (byte[] bad : new byte[][] {gif, new byte[0], Arrays.copyOf(PNG, 5), "<svg/>".getBytes()}) {
            assertThatThrownBy(() -> records.storePhoto(coordinator, id, bad)).isInstanceOf(InvalidInputException.class)
                    .extracting("field").isEqualTo("photo");
        }
        byte[] big = Arrays.copyOf(JPEG, PersonRecords.MAX_PHOTO_BYTES + 1);
        assertThatThrownBy(() -> records.storePhoto(coordinator, id, big)).extracting("field").isEqualTo("photo");
        assertThat(persons.open(coordinator, id).hasPhoto()).isFalse();

        records.storePhoto(coordinator, id, JPEG);
        records.storePhoto(coordinator, id, PNG);
        assertThat(persons.open(coordinator, id).hasPhoto()).isTrue();
        String pseudonym = persons.open(coordinator, id).pseudonym();
        var stored = jdbc.sql("select content_type, content_enc from person_photo where pseudonym = :p").param("p", pseudonym)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        assertThat(stored[0]).isEqualTo("image/png");
        assertThat(stored[1]).doesNotContain(Base64.getEncoder().encodeToString(PNG)).doesNotContain("PNG");
        assertThat(encryptedColumns).contains(new EncryptedColumn("person_photo", "pseudonym", "content_enc"));

        assertThatThrownBy(() -> records.photo(coordinator, id, " ")).extracting("field").isEqualTo("reason");
        long reads = count(coordinator, "IDENTITY_READ", id, Outcome.ALLOWED);
        var photo = records.photo(coordinator, id, "Впізнання на зустрічі (тест)");
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(photo.content()).isEqualTo(PNG);
        assertThat(count(coordinator, "IDENTITY_READ", id, Outcome.ALLOWED)).isEqualTo(reads + 1);

        for (CurrentUser nobody : List.of(partner, researcher, otherCoordinator)) {
            assertThatThrownBy(() -> records.photo(nobody, id, "спроба")).as(nobody.username())
                    .isInstanceOf(NotVisibleException.class);
            assertThatThrownBy(() -> records.storePhoto(nobody, id, PNG)).isInstanceOf(NotVisibleException.class);
        }
        assertThatThrownBy(() -> records.photo(admin, id, "спроба")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.storePhoto(admin, id, PNG)).isInstanceOf(AccessDeniedException.class);
        assertThat(count(admin, "IDENTITY_REFUSED", id, Outcome.DENIED)).isEqualTo(1);
    }

    @Test
    void aChildsLegalRepresentativeIsAnotherProtectedPerson() {
        long child = register(coordinator, PersonKind.VICTIM, today.minusYears(10), null);
        long adult = register(coordinator, PersonKind.VICTIM, LocalDate.of(1980, 1, 1), null);
        long guardian = register(coordinator, PersonKind.LEGAL_REPRESENTATIVE, LocalDate.of(1975, 1, 1), null);
        long lviv = persons.register(otherCoordinator, new NewPerson(PersonKind.LEGAL_REPRESENTATIVE, Sex.MALE, "UA",
                "UA-46", Set.of(), false, new Identity("Вигаданий", "Інший", null, null, null, null, null, null, null, null), null, null));
        assertThat(persons.open(coordinator, child).hasRepresentative()).isFalse();

        assertThatThrownBy(() -> records.linkRepresentative(coordinator, child, adult)).extracting("field")
                .isEqualTo("representativeId");
        assertThatThrownBy(() -> records.linkRepresentative(coordinator, child, lviv)).extracting("field")
                .isEqualTo("representativeId");
        assertThatThrownBy(() -> records.linkRepresentative(coordinator, child, child)).extracting("field")
                .isEqualTo("representativeId");
        assertThatThrownBy(() -> records.linkRepresentative(coordinator, adult, guardian)).extracting("field")
                .isEqualTo("representativeId");
        assertThatThrownBy(() -> records.linkRepresentative(otherCoordinator, child, guardian))
                .isInstanceOf(NotVisibleException.class);

        records.linkRepresentative(coordinator, child, guardian);
        var opened = persons.open(coordinator, child);
        assertThat(opened.representative()).isEqualTo(new Person.Representative(guardian,
                persons.open(coordinator, guardian).pseudonym()));
        assertThat(opened.hasRepresentative()).isTrue();
        assertThat(count(coordinator, "REPRESENTATIVE_LINKED", child, Outcome.ALLOWED)).isEqualTo(1);
        var plan = new InterviewPlan(today.plusDays(2), "НПУ", InterviewPurpose.INTERROGATION, true, true, true, true, null);
        assertThat(support.interviewWarnings(coordinator, child, plan)).isEmpty();
    }

    @Test
    void theResponsibleCoordinatorIsRecordedAndCanBeTakenOver() {
        long mine = register(coordinator, PersonKind.VICTIM, LocalDate.of(1990, 1, 1), null);
        assertThat(persons.open(coordinator, mine).coordinator()).isEqualTo(coordinator.username());
        long proceeding = proceedings.register(prosecutor, new ProceedingDraft(String.format("%017d", SEQ.incrementAndGet()),
                today.minusDays(20), "UA-53", "Вигадана справа для тесту координатора", List.of(new LegalQualification("149", 1)),
                false, false, Set.of(), Set.of(), InvestigativeBody.NPU, null));
        long byProsecutor = register(prosecutor, PersonKind.WITNESS, LocalDate.of(1985, 1, 1), proceeding);
        assertThat(persons.open(prosecutor, byProsecutor).coordinator()).isNull();

        assertThatThrownBy(() -> records.takeOn(prosecutor, byProsecutor)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.takeOn(otherCoordinator, byProsecutor)).isInstanceOf(NotVisibleException.class);
        records.takeOn(centralCoordinator, byProsecutor);
        assertThat(persons.open(coordinator, byProsecutor).coordinator()).isEqualTo(centralCoordinator.username());
        assertThat(persons.list(coordinator, 0, 200).rows()).filteredOn(r -> r.id() == byProsecutor)
                .extracting(PersonRow::coordinator).containsExactly(centralCoordinator.username());
        assertThat(count(centralCoordinator, "COORDINATOR_ASSIGNED", byProsecutor, Outcome.ALLOWED)).isEqualTo(1);
    }

    @Test
    void theJusticeTimelineMergesInterviewsAndTheHearingsOfThePersonsProceedings() {
        long proceeding = proceedings.register(prosecutor, new ProceedingDraft(String.format("%017d", SEQ.incrementAndGet()),
                today.minusDays(60), "UA-53", "Вигадана справа для тесту хронології", List.of(new LegalQualification("149", 2)),
                false, false, Set.of(), Set.of(), InvestigativeBody.NPU, null));
        long other = proceedings.register(prosecutor, new ProceedingDraft(String.format("%017d", SEQ.incrementAndGet()),
                today.minusDays(60), "UA-53", "Інша вигадана справа", List.of(new LegalQualification("149", 2)),
                false, false, Set.of(), Set.of(), InvestigativeBody.NPU, null));
        long id = register(coordinator, PersonKind.VICTIM, LocalDate.of(1992, 1, 1), proceeding);
        proceedings.addHearing(prosecutor, proceeding, today.minusDays(10), "Вигаданий районний суд", "відкладено");
        proceedings.addHearing(prosecutor, proceeding, today.plusDays(20), "Вигаданий апеляційний суд", null);
        proceedings.addHearing(prosecutor, other, today.plusDays(5), "Суд іншої справи", null);
        support.planInterview(coordinator, id, new InterviewPlan(today.plusDays(1), "НПУ, слідчий",
                InterviewPurpose.INTERROGATION, true, true, false, false, null));

        var contacts = timeline.of(coordinator, id);
        assertThat(contacts).extracting(JusticeContact::kind).containsExactly(JusticeContact.Kind.HEARING,
                JusticeContact.Kind.INTERVIEW, JusticeContact.Kind.HEARING);
        assertThat(contacts).extracting(JusticeContact::on).isSorted();
        assertThat(contacts).extracting(JusticeContact::detail).doesNotContain("Суд іншої справи")
                .contains("Вигаданий районний суд", "INTERROGATION");
        assertThatThrownBy(() -> timeline.of(otherCoordinator, id)).isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> timeline.of(partner, id)).isInstanceOf(NotVisibleException.class);
    }
}
