package org.nadiya.security.internal;

import java.util.Set;

import org.nadiya.demo.DemoContext;
import org.nadiya.demo.DemoContributor;
import org.nadiya.security.Agency;
import org.nadiya.security.NewUser;
import org.nadiya.security.ReferenceData;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.springframework.stereotype.Component;

/**
 * One demo user per role, named after it, plus a fictional partner NGO. The prosecutor and the investigator
 * work in Vinnytska oblast (UA-05) and are not supervisors, so later demo proceedings can include them in
 * some teams and leave them out of others.
 */
@Component
class DemoUsers implements DemoContributor {

    static final String DEMO_NGO = "NGO_DEMO_SVITANOK";

    private final UserAdministration users;
    private final ReferenceData reference;

    DemoUsers(UserAdministration users, ReferenceData reference) {
        this.users = users;
        this.reference = reference;
    }

    @Override
    public String name() {
        return "security.users";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void contribute(DemoContext context) {
        reference.addAgency(new Agency(DEMO_NGO, "ГО «Світанок» (демонстраційна, вигадана)",
                "NGO \"Svitanok\" (demo, fictional)", "PARTNER", true));
        add(context, "admin", "Адміністратор Демо", Role.ADMIN, "NADIYA_ADMIN", "UA", false);
        add(context, "prosecutor", "Прокурорка Демо-Вигадана", Role.PROSECUTOR, "PROSECUTOR", "UA-05", false);
        add(context, "investigator", "Слідчий Демо-Вигаданий", Role.INVESTIGATOR, "NPU", "UA-05", false);
        add(context, "operative", "Оперуповноважений Демо-Вигаданий", Role.OPERATIVE, "MIGRATION_POLICE", "UA-46", false);
        add(context, "analyst", "Аналітикиня Демо-Вигадана", Role.ANALYST, "PROSECUTOR", "UA", false);
        add(context, "coordinator", "Координаторка Демо-Вигадана", Role.COORDINATOR, "COORDINATION_CENTRE", "UA-05", false);
        add(context, "partner", "Соціальна працівниця Демо-Вигадана", Role.PARTNER, DEMO_NGO, "UA-05", false);
        add(context, "researcher", "Дослідник Демо-Вигаданий", Role.RESEARCHER, "RESEARCH", "UA", false);
    }

    private void add(DemoContext context, String username, String name, Role role, String agency, String region,
                     boolean supervisor) {
        users.createWithPassword(new NewUser(username, name, username + "@demo.invalid", Set.of(role), agency,
                region, supervisor), context.passwordFor(username));
    }
}
