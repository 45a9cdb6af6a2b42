package org.nadiya.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import org.nadiya.cases.ProceedingFilter;
import org.nadiya.cases.ProceedingRow;
import org.nadiya.cases.Proceedings;
import org.nadiya.demo.DemoContext;
import org.nadiya.demo.DemoContributor;
import org.nadiya.links.IdentifierSource;
import org.nadiya.links.Links;
import org.nadiya.links.NewIdentifier;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.springframework.stereotype.Component;

/**
 * A demo batch of 34 ads (one written for the demo, the rest taken from the labelled evaluation set of the screen
 * engine: lures, ordinary and hard ordinary ads in Ukrainian, Russian and English; fictional NANPA 555-01xx
 * numbers only), uploaded by the demo analyst and screened. The phone of the first ad, {@value #DEMO_PHONE}, is an
 * identifier of a Vinnytsia proceeding of the demo prosecutor, and the demo operative attaches that ad to their
 * Lviv proceeding: so pasting the ad (or opening it) shows a hit, and the two proceedings get a links hit.
 */
@Component
class AdScreeningDemoData implements DemoContributor {

    static final String DEMO_PHONE = "+1 202 555 0177";

    private final AdScreeningService service;
    private final Proceedings proceedings;
    private final Links links;
    private final UserAdministration users;

    AdScreeningDemoData(AdScreeningService service, Proceedings proceedings, Links links, UserAdministration users) {
        this.service = service;
        this.proceedings = proceedings;
        this.links = links;
        this.users = users;
    }

    @Override
    public String name() {
        return "screening.ads";
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void contribute(DemoContext context) {
        var admin = users.find("admin").orElseThrow();
        var loader = new CurrentUser(admin.id(), "system:demo", "Demo", Set.of(Role.ADMIN), admin.agencyCode(), "UA", false);
        var prosecutorsCase = firstWithMember(loader, "UA-05", "prosecutor");
        var operativesCase = firstWithMember(loader, "UA-46", "operative");
        if (prosecutorsCase == null || operativesCase == null) {
            return;
        }
        links.add(loader, prosecutorsCase.id(), new NewIdentifier("phone", DEMO_PHONE, null), IdentifierSource.MANUAL);

        byte[] ads;
        try (InputStream in = getClass().getResourceAsStream("/screening/demo-ads.jsonl")) {
            ads = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long batch = service.uploadAndScreen(user("analyst"), "Демо: оголошення з набору для оцінювання (вигадані)",
                "demo-ads.jsonl", ads, "jsonl");
        long first = service.adAt(batch, 1).orElseThrow();
        service.attach(user("operative"), first, operativesCase.id(),
                "Демо: той самий вайбер, що у вербувальника зі справи Вінницької області");
    }

    private ProceedingRow firstWithMember(CurrentUser loader, String region, String username) {
        List<ProceedingRow> rows = proceedings.search(loader, new ProceedingFilter(region, null, null, null, null, null,
                null, null, null, 0, 200)).rows();
        return rows.stream().filter(r -> proceedings.access(r.id()).orElseThrow().team().stream()
                .anyMatch(m -> m.username().equals(username))).findFirst().orElse(null);
    }

    private CurrentUser user(String name) {
        var a = users.find(name).orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(), false);
    }
}
