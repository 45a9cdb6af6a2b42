package org.nadiya.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.security.Agency;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.ReferenceData;
import org.nadiya.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Distinct persons, first-time agencies, knowledge gain and all-or-nothing imports, on every database. */
abstract class TrainingContract {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 100_000L * 10);

    @Autowired
    Training training;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    CurrentUser organiser;
    String veteran;
    String newcomer;
    int year;

    @BeforeEach
    void setUp() {
        organiser = new CurrentUser(1, "t-organiser", "Organiser", Set.of(Role.COORDINATOR), "COORDINATION_CENTRE", "UA", false);
        long n = SEQ.incrementAndGet();
        // a year of our own, so that the report sees only this test's events on a shared database
        year = 2200 + (int) (n % 7000);
        veteran = "T_VET_" + n;
        newcomer = "T_NEW_" + n;
        reference.addAgency(new Agency(veteran, "Тестове відомство " + n, "Test agency " + n, "LAW_ENFORCEMENT", true));
        reference.addAgency(new Agency(newcomer, "Нове відомство " + n, "New agency " + n, "LAW_ENFORCEMENT", true));
    }

    private long event(LocalDate first, String... topics) {
        return training.create(organiser, new NewEvent(EventKind.TRAINING, "Тест " + first, first, first.plusDays(1),
                "Полтава", EventFormat.IN_PERSON, "Тест", null, null, Set.of(topics)));
    }

    private NewParticipant person(String name, String agency, String region, Integer pre, Integer post, LocalDate... days) {
        return new NewParticipant(name, null, agency, OfficialRole.INVESTIGATOR,
                "UA".equals(region) ? Level.CENTRAL : Level.REGIONAL, region, Set.of(days), pre, post);
    }

    @Test
    void theReportCountsPersonsOnceAndNamesAgenciesNewInThePeriod() {
        var first = LocalDate.of(year, 2, 10);
        var second = LocalDate.of(year + 1, 3, 10);
        long earlier = event(first, "PROOF");
        training.addParticipant(organiser, earlier, person("Тестовий Ветеран", veteran, "UA-53", 40, 60, first));
        long later = event(second, "PROOF", "CYBER");
        training.addParticipant(organiser, later, person("  тестовий   ветеран ", veteran, "UA-53", 50, 80, second));
        training.addParticipant(organiser, later, person("Тестова Новенька", newcomer, "UA", 30, 40, second, second.plusDays(1)));

        var both = training.report(organiser, first, second.plusDays(5));
        assertThat(both.events()).isEqualTo(2);
        assertThat(both.participants()).as("the veteran came twice and is one person").isEqualTo(2);
        assertThat(both.regions()).as("central level is not a region").isEqualTo(1);
        assertThat(both.byAgency()).containsEntry(veteran, 1).containsEntry(newcomer, 1);
        assertThat(both.byRegion()).containsEntry("UA-53", 1).containsEntry("UA", 1);
        assertThat(both.firstTimeAgencies()).containsExactlyInAnyOrder(veteran, newcomer);

        var laterOnly = training.report(organiser, second, second.plusDays(5));
        assertThat(laterOnly.firstTimeAgencies()).containsExactly(newcomer);
        var details = training.details(organiser, second, second.plusDays(5));
        assertThat(details.knowledgeGain()).extracting(ReportDetails.TopicGain::topic).containsExactly("PROOF", "CYBER");
        assertThat(details.knowledgeGain().get(0).averageGain()).isEqualTo(20.0);
        assertThat(details.knowledgeGain().get(0).participants()).isEqualTo(2);
        assertThat(details.byLevel()).containsEntry("CENTRAL", 1).containsEntry("REGIONAL", 1);

        assertThat(training.participants(organiser, later)).extracting(Participant::name)
                .containsExactlyInAnyOrder("Тестовий Ветеран", "Тестова Новенька");
        assertThat(jdbc.sql("select name_enc from training_person where agency_code = :a").param("a", newcomer)
                .query(String.class).single()).doesNotContain("Новенька");
    }

    @Test
    void anImportWithOneBadRowLeavesNothingBehind() {
        var first = LocalDate.of(year, 5, 4);
        long event = event(first, "CYBER");
        String csv = "name;agency;role;level;region;days;pre;post\n"
                + "Тестова Перша;" + veteran + ";PROSECUTOR;REGIONAL;UA-05;1;50;70\n"
                + "\"Тестова; Друга\";" + newcomer + ";PROSECUTOR;REGIONAL;UA-05;1 2;;\n"
                + "Тестова Третя;" + newcomer + ";PILOT;REGIONAL;UA-05;1;50;70\n";
        assertThatThrownBy(() -> training.importParticipants(organiser, event, "list.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(RowError::row, RowError::field).containsExactly(org.assertj.core.groups.Tuple.tuple(4, "role")));
        assertThat(training.event(organiser, event).participants()).isZero();
        assertThat(jdbc.sql("select count(*) from training_person where agency_code in (:a, :b)").param("a", veteran)
                .param("b", newcomer).query(Long.class).single()).isZero();

        int imported = training.importParticipants(organiser, event, "list.csv",
                csv.substring(0, csv.lastIndexOf("Тестова Третя")).getBytes(StandardCharsets.UTF_8));
        assertThat(imported).isEqualTo(2);
        assertThat(training.participants(organiser, event)).extracting(Participant::name)
                .containsExactlyInAnyOrder("Тестова Перша", "Тестова; Друга");
    }

    @Test
    void randomCyclesAgreeWithANaiveCount() {
        long seed = SEQ.get();
        var random = new java.util.Random(seed);
        var regions = List.of("UA", "UA-05", "UA-46", "UA-53");
        var agencies = List.of(veteran, newcomer);
        java.util.Map<String, String[]> people = new java.util.HashMap<>();
        java.util.Set<String> inPeriod = new java.util.HashSet<>();
        var from = LocalDate.of(year, 1, 1);
        for (int e = 0; e < 3; e++) {
            var first = from.plusDays(30L * e);
            long event = event(first, "PROOF");
            var names = new java.util.ArrayList<String>();
            for (int p = 0; p < 6; p++) {
                names.add("Тест " + random.nextInt(9));
            }
            for (String name : new java.util.LinkedHashSet<>(names)) {
                String agency = agencies.get(random.nextInt(2));
                String[] known = people.computeIfAbsent(agency + name, k -> new String[] {agency, regions.get(random.nextInt(4))});
                training.addParticipant(organiser, event, person(name, known[0], known[1], null, null, first));
                if (e > 0) {
                    inPeriod.add(agency + name);
                }
            }
        }
        var report = training.report(organiser, from.plusDays(30), from.plusDays(90));
        java.util.Map<String, Integer> byAgency = new java.util.TreeMap<>();
        java.util.Set<String> oblasts = new java.util.HashSet<>();
        for (String key : inPeriod) {
            String[] person = people.get(key);
            byAgency.merge(person[0], 1, Integer::sum);
            if (!"UA".equals(person[1])) {
                oblasts.add(person[1]);
            }
        }
        assertThat(report.events()).as("seed %d", seed).isEqualTo(2);
        assertThat(report.participants()).as("seed %d", seed).isEqualTo(inPeriod.size());
        assertThat(report.byAgency()).as("seed %d", seed).isEqualTo(byAgency);
        assertThat(report.regions()).as("seed %d", seed).isEqualTo(oblasts.size());
        assertThat(report.byRegion().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(inPeriod.size());
    }
}
