package org.nadiya.stats.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.nadiya.cases.ExploitationForm;
import org.nadiya.demo.DemoContext;
import org.nadiya.demo.DemoContributor;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.victims.ConsentGrant;
import org.nadiya.victims.ConsentScope;
import org.nadiya.victims.Consents;
import org.nadiya.victims.Identity;
import org.nadiya.victims.NewPerson;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.Persons;
import org.nadiya.victims.Sex;
import org.springframework.stereotype.Component;

/**
 * Enough fictional persons for the researcher's dashboard to show numbers rather than only "<5": 160 persons in
 * regions the demo coordinators do not work in (so their lists stay as the victims demo describes), registered
 * through the victims module's API, most consenting to statistical use. Seeded: every demo database is the same.
 */
@Component
class StatsDemoData implements DemoContributor {

    private static final int PERSONS = 160;
    private static final List<String> REGIONS = List.of("UA-07", "UA-21", "UA-26", "UA-53", "UA-56", "UA-61", "UA-68",
            "UA-71");
    private static final List<ExploitationForm> FORMS = List.of(ExploitationForm.FORCED_LABOUR,
            ExploitationForm.FORCED_LABOUR, ExploitationForm.FORCED_LABOUR, ExploitationForm.SEXUAL_EXPLOITATION,
            ExploitationForm.SEXUAL_EXPLOITATION, ExploitationForm.FORCED_BEGGING, ExploitationForm.CRIMINAL_ACTIVITY,
            ExploitationForm.DEBT_BONDAGE);
    private static final List<String> CITIZENSHIPS = List.of("UA", "UA", "UA", "UA", "UA", "UA", "MD", "BY");

    private final Persons persons;
    private final Consents consents;
    private final UserAdministration users;
    private final Clock clock;

    StatsDemoData(Persons persons, Consents consents, UserAdministration users, Clock clock) {
        this.persons = persons;
        this.consents = consents;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "stats.persons";
    }

    @Override
    public int order() {
        // Before the victims demo (200): its persons stay the newest, first in every list, as its tests expect.
        return 190;
    }

    @Override
    public void contribute(DemoContext context) {
        var admin = users.find("admin").orElseThrow();
        // Registered as the system acting for the central coordination centre, so no demo coordinator's list changes.
        var loader = new CurrentUser(admin.id(), "system:demo", "Demo", Set.of(Role.COORDINATOR), admin.agencyCode(), "UA", false);
        var random = new Random(9);
        LocalDate today = LocalDate.now(clock);
        for (int i = 1; i <= PERSONS; i++) {
            Set<ExploitationForm> forms = EnumSet.of(FORMS.get(random.nextInt(FORMS.size())));
            if (random.nextInt(6) == 0) {
                forms.add(FORMS.get(random.nextInt(FORMS.size())));
            }
            Sex sex = forms.contains(ExploitationForm.SEXUAL_EXPLOITATION) || random.nextInt(3) == 0 ? Sex.FEMALE : Sex.MALE;
            int age = random.nextInt(5) == 0 ? 14 + random.nextInt(4) : 18 + random.nextInt(40);
            LocalDate birth = today.minusYears(age).minusDays(random.nextInt(300));
            long id = persons.register(loader, new NewPerson(PersonKind.VICTIM, sex,
                    CITIZENSHIPS.get(random.nextInt(CITIZENSHIPS.size())), REGIONS.get(random.nextInt(REGIONS.size())),
                    forms, random.nextInt(12) == 0, new Identity("Вигадана", "Статистична", "Особа", null, birth, null, null,
                    null, null, null), null, null));
            if (random.nextInt(7) != 0) {
                consents.give(loader, id, new ConsentGrant(ConsentScope.USE_IN_STATISTICS, null,
                        today.minusDays(random.nextInt(60)), null, null));
            }
        }
    }
}
