package org.nadiya.victims.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.nadiya.cases.ExploitationForm;
import org.nadiya.cases.ProceedingFilter;
import org.nadiya.cases.ProceedingRow;
import org.nadiya.cases.Proceedings;
import org.nadiya.cases.TeamRole;
import org.nadiya.demo.DemoContext;
import org.nadiya.demo.DemoContributor;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.NewUser;
import org.nadiya.security.Role;
import org.nadiya.security.UserAccount;
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
import org.springframework.stereotype.Component;

/**
 * A dozen fictional protected persons. Names say "Вигаданий/Вигадана" (fictional) and phones use the unassigned
 * code +380 00. The demo coordinator (Vinnytska) registers most of them; a second coordinator in Lvivska
 * ({@code coordinator-lviv}) registers the Lviv persons, so that each coordinator sees some persons and not others.
 * Persons take part in demo proceedings where the demo prosecutor and investigator are on the team, in one where
 * they are not, and in the Lviv proceeding of the demo operative; one child, one of unknown age, consents of several
 * shapes (one withdrawn) and one prosecutor's disclosure override.
 */
@Component
class VictimsDemoData implements DemoContributor {

    static final String LVIV_COORDINATOR = "coordinator-lviv";

    private final Persons persons;
    private final Consents consents;
    private final Proceedings proceedings;
    private final UserAdministration users;
    private final PersonService service;
    private final org.nadiya.victims.PersonRecords records;

    VictimsDemoData(Persons persons, Consents consents, Proceedings proceedings, UserAdministration users,
                    PersonService service, org.nadiya.victims.PersonRecords records) {
        this.records = records;
        this.persons = persons;
        this.consents = consents;
        this.proceedings = proceedings;
        this.users = users;
        this.service = service;
    }

    @Override
    public String name() {
        return "victims.persons";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void contribute(DemoContext context) {
        users.createWithPassword(new NewUser(LVIV_COORDINATOR, "Координатор Львів Демо-Вигаданий",
                LVIV_COORDINATOR + "@demo.invalid", Set.of(Role.COORDINATOR), "COORDINATION_CENTRE", "UA-46", false),
                context.passwordFor(LVIV_COORDINATOR));
        CurrentUser coordinator = current(users.find("coordinator").orElseThrow());
        CurrentUser lviv = current(users.find(LVIV_COORDINATOR).orElseThrow());
        CurrentUser prosecutor = current(users.find("prosecutor").orElseThrow());
        var admin = users.find("admin").orElseThrow();
        var asAdmin = new CurrentUser(admin.id(), "system:demo", "Demo", Set.of(Role.ADMIN), admin.agencyCode(), "UA", false);
        long prosecutorId = prosecutor.id();
        long operativeId = users.find("operative").orElseThrow().id();

        List<Long> vinnytsia = demoProceedings(asAdmin, "UA-05");
        List<Long> mine = vinnytsia.stream().filter(id -> proceedings.access(id).orElseThrow()
                .hasMember(prosecutorId, TeamRole.PROSECUTOR)).toList();
        long notMine = vinnytsia.stream().filter(id -> !proceedings.access(id).orElseThrow().teamUserIds()
                .contains(prosecutorId)).findFirst().orElseThrow();
        long lvivCase = demoProceedings(asAdmin, "UA-46").stream().filter(id -> proceedings.access(id).orElseThrow()
                .teamUserIds().contains(operativeId)).findFirst().orElseThrow();
        LocalDate today = service.today();

        long olena = register(coordinator, PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-05", Set.of(ExploitationForm.FORCED_LABOUR),
                false, new Identity("Вигадана", "Олена", "Демівна", "Vyhadana Olena", LocalDate.of(1998, 3, 14), "+380 00 000 00 01",
                        "м. Вінниця, вул. Вигадана, 1 (вигадана адреса)", "Паспорт ДМ 000001 (вигаданий)", null, null),
                mine.get(0), PersonKind.VICTIM);
        consents.give(coordinator, olena, new ConsentGrant(ConsentScope.SHARE_CASE_DETAILS,
                Recipient.service(ServiceType.PSYCHOLOGICAL), today.minusDays(20), "zghoda-demo-1.txt",
                "ВИГАДАНА ФОРМА ЗГОДИ: обмін відомостями з психологом".getBytes(StandardCharsets.UTF_8)));
        consents.give(coordinator, olena, grant(ConsentScope.CONTACT_PHONE, null, today.minusDays(20)));
        consents.override(prosecutor, olena, ConsentScope.SHARE_IDENTITY,
                Recipient.foreignAuthority("Prokuratura Krajowa (fictional)", "MLA-DEMO-2025/07"),
                "Вигадана підстава: запит про міжнародну правову допомогу щодо встановлення підозрюваних (демо)");

        records.storePhoto(coordinator, olena, DemoPhoto.png());

        long iryna = register(coordinator, PersonKind.VICTIM_WITNESS, Sex.FEMALE, "UA", "UA-05",
                Set.of(ExploitationForm.SEXUAL_EXPLOITATION), true, new Identity("Вигадана", "Ірина", "Тестівна", "Vyhadana Iryna",
                        LocalDate.of(2001, 7, 2), "+380 00 000 00 02", null, null, null, null), mine.get(0),
                PersonKind.VICTIM_WITNESS);
        consents.give(coordinator, iryna, grant(ConsentScope.SHARE_IDENTITY, Recipient.partner("NGO_DEMO_SVITANOK"),
                today.minusDays(15)));
        consents.give(coordinator, iryna, grant(ConsentScope.USE_IN_STATISTICS, null, today.minusDays(15)));

        long child = register(coordinator, PersonKind.VICTIM, Sex.MALE, "UA", "UA-05", Set.of(ExploitationForm.FORCED_BEGGING),
                false, new Identity("Вигаданий", "Максим", "Демович", null, today.minusYears(15).minusDays(40), null,
                        "Вигаданий притулок, Вінницька обл.", null, "Вигадана Галина Опікунівна (опікунка)",
                        "+380 00 000 00 03"), mine.get(mine.size() > 1 ? 1 : 0), PersonKind.VICTIM);
        // The boy's guardian, registered as a person of her own and linked as his legal representative.
        long guardian = register(coordinator, PersonKind.LEGAL_REPRESENTATIVE, Sex.FEMALE, "UA", "UA-05", Set.of(), false,
                new Identity("Вигадана", "Галина", "Опікунівна", "Vyhadana Halyna", LocalDate.of(1975, 6, 1),
                        "+380 00 000 00 13", null, null, null, null), null, null);
        records.linkRepresentative(coordinator, child, guardian);
        long sms = consents.give(coordinator, child, grant(ConsentScope.CONTACT_SMS, null, today.minusDays(30)));
        consents.withdraw(coordinator, child, sms, today.minusDays(3));

        long unknownAge = register(coordinator, PersonKind.VICTIM, Sex.FEMALE, null, "UA-05",
                Set.of(ExploitationForm.FORCED_LABOUR, ExploitationForm.DEBT_BONDAGE), false,
                new Identity("Вигадана", "Марія", null, null, null, null, null, null, null, null),
                mine.get(0), PersonKind.VICTIM);
        consents.give(coordinator, unknownAge, grant(ConsentScope.USE_IN_STATISTICS, null, today.minusDays(5)));

        register(coordinator, PersonKind.WITNESS, Sex.MALE, "UA", "UA-05", Set.of(), false,
                new Identity("Вигаданий", "Петро", "Свідкович", "Vyhadanyi Petro", LocalDate.of(1980, 1, 9), "+380 00 000 00 05",
                        null, null, null, null), notMine, PersonKind.WITNESS);

        long supportOnly = register(coordinator, PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-05",
                Set.of(ExploitationForm.FORCED_SERVICES), false, new Identity("Вигадана", "Світлана", "Допомогівна", null,
                        LocalDate.of(1990, 11, 30), "+380 00 000 00 06", null, null, null, null), null, null);
        consents.give(coordinator, supportOnly, grant(ConsentScope.CONTACT_MESSENGER, null, today.minusDays(2)));

        long moldova = register(coordinator, PersonKind.VICTIM, Sex.FEMALE, "MD", "UA-05",
                Set.of(ExploitationForm.SEXUAL_EXPLOITATION), false, new Identity("Вигадана", "Ана", null, "Vyhadana Ana",
                        LocalDate.of(1985, 5, 5), "+373 00 000 007", null, "Паспорт Республіки Молдова (вигаданий)", null, null),
                mine.get(0), PersonKind.VICTIM);
        consents.give(coordinator, moldova, grant(ConsentScope.SHARE_CASE_DETAILS,
                Recipient.foreignAuthority("Procuratura Republicii Moldova (fictional)", "MLA-DEMO-2025/03"), today.minusDays(10)));
        consents.give(coordinator, moldova, grant(ConsentScope.SHARE_CASE_DETAILS, Recipient.service(ServiceType.INTERPRETATION),
                today.minusDays(10)));

        register(coordinator, PersonKind.VICTIM, Sex.MALE, "UA", "UA-53", Set.of(ExploitationForm.CRIMINAL_ACTIVITY), false,
                new Identity("Вигаданий", "Андрій", "Петрович", null, LocalDate.of(2003, 2, 2), null, null, null, null, null),
                null, null);

        register(coordinator, PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-05", Set.of(ExploitationForm.SEXUAL_EXPLOITATION), true,
                new Identity("Вигадана", "Ніна", "Іванівна", null, LocalDate.of(1960, 8, 8), "+380 00 000 00 09", null, null, null, null),
                mine.get(0), PersonKind.VICTIM);

        long lvivVictim = register(lviv, PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-46", Set.of(ExploitationForm.FORCED_LABOUR),
                false, new Identity("Вигадана", "Оксана", "Богданівна", "Vyhadana Oksana", LocalDate.of(1995, 4, 4),
                        "+380 00 000 00 10", null, null, null, null), lvivCase, PersonKind.VICTIM);
        consents.give(lviv, lvivVictim, grant(ConsentScope.SHARE_CASE_DETAILS, Recipient.service(ServiceType.SHELTER),
                today.minusDays(8)));

        register(lviv, PersonKind.WITNESS, Sex.MALE, "UA", "UA-46", Set.of(), false,
                new Identity("Вигаданий", "Богдан", "Романович", null, LocalDate.of(1970, 10, 10), null, null, null, null, null),
                null, null);

        register(lviv, PersonKind.VICTIM_WITNESS, Sex.FEMALE, "UA", "UA-46", Set.of(ExploitationForm.FORCED_BEGGING), false,
                new Identity("Вигадана", "Соломія", "Олегівна", null, today.minusYears(16), null, null, null,
                        "Вигаданий Батько Законний", "+380 00 000 00 12"), lvivCase, PersonKind.VICTIM_WITNESS);
    }

    private long register(CurrentUser by, PersonKind kind, Sex sex, String citizenship, String region,
                          Set<ExploitationForm> forms, boolean crsv, Identity identity, Long proceedingId, PersonKind role) {
        return persons.register(by, new NewPerson(kind, sex, citizenship, region, forms, crsv, identity, proceedingId, role));
    }

    private static ConsentGrant grant(ConsentScope scope, Recipient recipient, LocalDate on) {
        return new ConsentGrant(scope, recipient, on, null, null);
    }

    private List<Long> demoProceedings(CurrentUser admin, String region) {
        return proceedings.search(admin, new ProceedingFilter(region, null, null, null, null, null, null, null, null, 0, 200))
                .rows().stream().filter(r -> r.summary().startsWith("ВИГАДАНА СПРАВА")).map(ProceedingRow::id).sorted()
                .toList();
    }

    private static CurrentUser current(UserAccount a) {
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(),
                a.supervisor());
    }
}
