package org.nadiya.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.nadiya.demo.DemoContext;
import org.nadiya.demo.DemoContributor;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.training.EventFormat;
import org.nadiya.training.EventKind;
import org.nadiya.training.Level;
import org.nadiya.training.NewEvent;
import org.nadiya.training.NewParticipant;
import org.nadiya.training.OfficialRole;
import org.springframework.stereotype.Component;

/**
 * The seed's cycle (docs/training.md, "Demo"): the October 2024 study visit to Bosnia and Herzegovina, then two
 * two-day trainings in February and March 2025 with 49 distinct participants from the ten regions — regional
 * prosecutors, National Police investigators, Migration Police operatives and, for the first time, SBI
 * investigators (central and regional). Some attend both trainings, so attendances exceed persons. Names are
 * fictional; institutions are real.
 */
@Component
class TrainingDemoData implements DemoContributor {

    static final List<String> REGIONS = List.of("UA-05", "UA-46", "UA-53", "UA-56", "UA-71", "UA-07", "UA-21",
            "UA-26", "UA-61", "UA-68");
    private static final String ORGANISERS = "UNODC; Тренінговий центр прокурорів України; Академія фінансового моніторингу";

    private final TrainingService training;
    private final UserAdministration users;

    TrainingDemoData(TrainingService training, UserAdministration users) {
        this.training = training;
        this.users = users;
    }

    @Override
    public String name() {
        return "training.cycle-2024-2025";
    }

    @Override
    public int order() {
        return 310;
    }

    /** A demo participant of the 2025 cycle. */
    private record Official(String name, String agency, OfficialRole role, Level level, String region) {
    }

    @Override
    public void contribute(DemoContext context) {
        var admin = users.find("admin").orElseThrow();
        var loader = new CurrentUser(admin.id(), "system:demo", "Demo", Set.of(Role.ADMIN), admin.agencyCode(), "UA", false);
        studyVisit(loader);
        long february = training.create(loader, new NewEvent(EventKind.TRAINING,
                "Протидія торгівлі людьми: кваліфікація, доказування, фінансові сліди (тренінг 1 з 2)",
                LocalDate.of(2025, 2, 18), LocalDate.of(2025, 2, 19), "Київ", EventFormat.IN_PERSON, ORGANISERS, "Швеція",
                null, Set.of("QUALIFICATION_149", "PROOF", "FINANCIAL_TRACES", "PROCEDURAL_GUIDANCE",
                "INTERNATIONAL_COOPERATION")));
        long march = training.create(loader, new NewEvent(EventKind.TRAINING,
                "Протидія торгівлі людьми: потерпілі, організована і кіберзлочинність (тренінг 2 з 2)",
                LocalDate.of(2025, 3, 18), LocalDate.of(2025, 3, 19), "Київ", EventFormat.IN_PERSON, ORGANISERS, "Швеція",
                null, Set.of("VICTIMS_AND_WITNESSES", "VICTIM_CENTRED", "ORGANISED_CRIME", "CYBER",
                "FINANCIAL_INVESTIGATIONS")));
        var random = new Random(2025);
        List<Official> officials = cycleParticipants();
        for (int i = 0; i < officials.size(); i++) {
            var o = officials.get(i);
            if (i % 2 == 0 || i % 7 == 0) {
                attend(loader, february, o, LocalDate.of(2025, 2, 18), i % 10 != 3, random);
            }
            if (i % 2 == 1 || i % 7 == 0) {
                attend(loader, march, o, LocalDate.of(2025, 3, 18), i % 10 != 3, random);
            }
        }
    }

    /** 49 persons: 20 prosecutors, 12 police investigators, 8 Migration Police operatives, 9 SBI investigators. */
    static List<Official> cycleParticipants() {
        List<Official> all = new ArrayList<>();
        int n = 1;
        for (int i = 0; i < 20; i++) {
            all.add(new Official(fictionalName(n++), "PROSECUTOR", OfficialRole.PROSECUTOR, Level.REGIONAL, REGIONS.get(i % 10)));
        }
        for (int i = 0; i < 12; i++) {
            all.add(new Official(fictionalName(n++), "NPU", OfficialRole.INVESTIGATOR, Level.REGIONAL, REGIONS.get(i % 10)));
        }
        for (int i = 0; i < 8; i++) {
            all.add(new Official(fictionalName(n++), "MIGRATION_POLICE", OfficialRole.OPERATIVE, Level.REGIONAL, REGIONS.get((i + 3) % 10)));
        }
        for (int i = 0; i < 9; i++) {
            boolean central = i < 2;
            all.add(new Official(fictionalName(n++), "SBI", OfficialRole.INVESTIGATOR, central ? Level.CENTRAL : Level.REGIONAL,
                    central ? "UA" : REGIONS.get(i % 10)));
        }
        return all;
    }

    private static String fictionalName(int n) {
        return String.format("%s Учасни%s Демо-%02d", n % 2 == 0 ? "Вигадана" : "Вигаданий", n % 2 == 0 ? "ця" : "к", n);
    }

    private void attend(CurrentUser loader, long event, Official o, LocalDate first, boolean bothDays, Random random) {
        Set<LocalDate> days = new TreeSet<>(bothDays ? List.of(first, first.plusDays(1)) : List.of(first));
        int pre = 40 + random.nextInt(31);
        int post = Math.min(100, pre + 5 + random.nextInt(26));
        training.addParticipant(loader, event, new NewParticipant(o.name(), null, o.agency(), o.role(), o.level(),
                o.region(), days, pre, post));
    }

    private void studyVisit(CurrentUser loader) {
        long visit = training.create(loader, new NewEvent(EventKind.STUDY_VISIT,
                "Навчальний візит до Боснії і Герцеговини: захист потерпілих і свідків, розслідування торгівлі людьми",
                LocalDate.of(2024, 10, 14), LocalDate.of(2024, 10, 18), "Сараєво, Зениця, Тузла (Боснія і Герцеговина)",
                EventFormat.IN_PERSON, "UNODC", null,
                "Висока судова і прокурорська рада БіГ; Прокуратура БіГ; Суд БіГ; Державна агенція з розслідувань і захисту"
                        + " (SIPA), відділ захисту свідків; Судова поліція Федерації БіГ; ГО «Medica Zenica»; ГО «Vive Žene Tuzla»",
                Set.of("VICTIMS_AND_WITNESSES", "VICTIM_CENTRED", "INTERNATIONAL_COOPERATION", "PROCEDURAL_GUIDANCE")));
        var days = new TreeSet<>(LocalDate.of(2024, 10, 14).datesUntil(LocalDate.of(2024, 10, 19)).toList());
        String[][] delegation = {
            {"PROSECUTOR", "PROSECUTOR"}, {"PROSECUTOR", "PROSECUTOR"}, {"PROSECUTOR", "PROSECUTOR"}, {"PROSECUTOR", "PROSECUTOR"},
            {"COORDINATION_CENTRE", "SUPPORT_SPECIALIST"}, {"COORDINATION_CENTRE", "SUPPORT_SPECIALIST"},
            {"NPU", "INVESTIGATOR"}, {"NPU", "INVESTIGATOR"}, {"MIGRATION_POLICE", "OPERATIVE"},
        };
        for (int i = 0; i < delegation.length; i++) {
            training.addParticipant(loader, visit, new NewParticipant(fictionalName(100 + i), null, delegation[i][0],
                    OfficialRole.valueOf(delegation[i][1]), Level.CENTRAL, "UA", days, null, null));
        }
    }
}
