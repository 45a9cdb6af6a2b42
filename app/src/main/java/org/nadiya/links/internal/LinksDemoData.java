package org.nadiya.links.internal;

import java.util.Comparator;

import org.nadiya.cases.ProceedingFilter;
import org.nadiya.cases.ProceedingRow;
import org.nadiya.cases.Proceedings;
import org.nadiya.demo.DemoContext;
import org.nadiya.demo.DemoContributor;
import org.nadiya.links.IdentifierSource;
import org.nadiya.links.Links;
import org.nadiya.links.NewIdentifier;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.UserAccount;
import org.nadiya.security.UserAdministration;
import org.nadiya.victims.Persons;
import org.springframework.stereotype.Component;

/**
 * Fictional identifiers that link the demo prosecutor's Vinnytska proceeding with the most persons to the two Lviv
 * proceedings of the demo operative: a recruiter's phone (the operative asks to open that hit: the prosecutor's
 * team must decide), a Telegram account (a new hit, nobody asked yet) and a recruiter's IBAN (the prosecutor asked,
 * the operative's team accepted). The Lviv team has no prosecutor or investigator, so its hits show why there is no
 * contact. Numbers are from fictional ranges (+1 202 555 01xx) or made up with a valid check sum.
 */
@Component
class LinksDemoData implements DemoContributor {

    private final Links links;
    private final Proceedings proceedings;
    private final Persons persons;
    private final UserAdministration users;

    LinksDemoData(Links links, Proceedings proceedings, Persons persons, UserAdministration users) {
        this.links = links;
        this.proceedings = proceedings;
        this.persons = persons;
        this.users = users;
    }

    @Override
    public String name() {
        return "links.hits";
    }

    @Override
    public int order() {
        return 350;
    }

    @Override
    public void contribute(DemoContext context) {
        CurrentUser prosecutor = current(users.find("prosecutor").orElseThrow());
        CurrentUser operative = current(users.find("operative").orElseThrow());
        long vinnytsia = proceedings.search(prosecutor, new ProceedingFilter("UA-05", null, null, null, null, null, null,
                        null, null, 0, 200)).rows().stream().map(ProceedingRow::id)
                .max(Comparator.comparingInt((Long id) -> persons.linkedTo(id).size()).thenComparing(id -> -id))
                .orElseThrow();
        var lviv = proceedings.teamProceedings(operative).keySet().stream().sorted().toList();
        if (lviv.size() < 2) {
            return;
        }
        long first = lviv.get(0);
        long second = lviv.get(1);

        add(prosecutor, vinnytsia, "PHONE", "+1 202 555 0143", null);
        add(operative, first, "PHONE", "+1 (202) 555-0143", null);
        add(prosecutor, vinnytsia, "HANDLE", "t.me/robota_vyhadana_demo", null);
        add(operative, first, "HANDLE", "telegram:@robota_vyhadana_demo", null);
        add(prosecutor, vinnytsia, "IBAN", "UA57 3220 0100 0002 6007 2335 6600 1", null);
        add(operative, second, "IBAN", "UA573220010000026007233566001", null);

        for (var hit : links.hits(operative, first)) {
            if ("PHONE".equals(String.valueOf(hit.kind()))) {
                links.requestAccess(operative, hit.id(), "Той самий вербувальник у львівському провадженні (вигадана підстава)");
            }
        }
        for (var hit : links.hits(prosecutor, vinnytsia)) {
            if ("IBAN".equals(String.valueOf(hit.kind()))) {
                long request = links.requestAccess(prosecutor, hit.id(),
                        "Рахунок, на який потерпілі сплачували «борг» (вигадана підстава)");
                links.decide(operative, request, true, null);
            }
        }
    }

    private void add(CurrentUser user, long proceedingId, String kind, String value, Long personId) {
        links.add(user, proceedingId, new NewIdentifier(kind, value, personId, null), IdentifierSource.MANUAL);
    }

    private static CurrentUser current(UserAccount a) {
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(),
                a.supervisor());
    }
}
