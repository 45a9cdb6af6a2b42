package org.nadiya.victims.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.nadiya.demo.DemoContext;
import org.nadiya.demo.DemoContributor;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.victims.ClosureReason;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.PersonRow;
import org.nadiya.victims.Persons;
import org.nadiya.victims.ServiceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fictional casework of the Vinnytska demo persons, by the demo coordinator: a support plan with goals in progress,
 * achieved and overdue; contacts with a follow-up due and one missed; one witness's case closed. Goals and
 * follow-ups are then moved into the past (demo only), since the demo persons are registered on the day the demo
 * loads.
 */
@Component
class CaseworkDemoData implements DemoContributor {

    private final Persons persons;
    private final CaseworkService casework;
    private final UserAdministration users;
    private final PersonService service;
    private final JdbcClient jdbc;

    CaseworkDemoData(Persons persons, CaseworkService casework, UserAdministration users, PersonService service,
                     JdbcClient jdbc) {
        this.persons = persons;
        this.casework = casework;
        this.users = users;
        this.service = service;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "victims.casework";
    }

    @Override
    public int order() {
        return 260;
    }

    @Override
    public void contribute(DemoContext context) {
        var c = users.find("coordinator").orElseThrow();
        var coordinator = new CurrentUser(c.id(), c.username(), c.displayName(), c.roles(), c.agencyCode(), c.regionCode(),
                c.supervisor());
        var admin = users.find("admin").orElseThrow();
        var asAdmin = new CurrentUser(admin.id(), "system:demo", "Demo", Set.of(Role.ADMIN), admin.agencyCode(), "UA", false);
        List<PersonRow> rows = persons.list(asAdmin, 0, 200).rows().stream().filter(r -> "UA-05".equals(r.regionCode()))
                .sorted(Comparator.comparingLong(PersonRow::id)).toList();
        LocalDate today = service.today();
        long first = rows.stream().filter(r -> r.kind() == PersonKind.VICTIM && !r.ageGroup().child()).findFirst()
                .orElseThrow().id();
        long second = rows.stream().filter(r -> r.kind() == PersonKind.VICTIM_WITNESS).findFirst().orElseThrow().id();
        long witness = rows.stream().filter(r -> r.kind() == PersonKind.WITNESS).findFirst().orElseThrow().id();

        casework.addGoal(coordinator, first, ServiceType.DOCUMENTS, "Відновити паспорт у ЦНАП (вигадано)", today.plusDays(20));
        long housing = casework.addGoal(coordinator, first, ServiceType.SHELTER, "Знайти житло після притулку (вигадано)",
                today.plusDays(1));
        long therapy = casework.addGoal(coordinator, first, ServiceType.PSYCHOLOGICAL,
                "Курс консультацій психолога, 8 зустрічей (вигадано)", today);
        casework.finishGoal(coordinator, first, therapy, Casework.GoalStatus.ACHIEVED);
        casework.addContact(coordinator, first, today, Casework.Channel.PHONE, true,
                "Домовилися про супровід до ЦНАП (вигадано)", today.plusDays(7));

        casework.addGoal(coordinator, second, ServiceType.LEGAL_AID, "Адвокат для участі в суді (вигадано)", today.plusDays(14));
        long missed = casework.addContact(coordinator, second, today, Casework.Channel.MESSENGER, false, null, today.plusDays(1));

        casework.close(coordinator, witness, ClosureReason.REFERRED_ELSEWHERE, today);

        // Demo only: an overdue goal and a missed follow-up, so that the "overdue" filter shows something.
        jdbc.sql("update support_goal set target_on = :d where id = :id").param("d", today.minusDays(3)).param("id", housing)
                .update();
        jdbc.sql("update person_contact set contacted_on = :c, follow_up_on = :f where id = :id")
                .param("c", today.minusDays(9)).param("f", today.minusDays(2)).param("id", missed).update();
    }
}
