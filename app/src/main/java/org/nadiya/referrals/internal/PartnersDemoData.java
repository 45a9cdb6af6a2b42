package org.nadiya.referrals.internal;

import java.util.Set;

import org.nadiya.demo.DemoContext;
import org.nadiya.demo.DemoContributor;
import org.nadiya.referrals.Partner;
import org.nadiya.referrals.PartnerKind;
import org.nadiya.victims.ServiceType;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.springframework.stereotype.Component;

/**
 * The demo partner directory: the demo NGO the partner user belongs to, and fictional organisations of every
 * kind in the seed regions. Only the IOM's real counter-trafficking hotline (527) is a real contact.
 */
@Component
class PartnersDemoData implements DemoContributor {

    private final JdbcPartnerDirectory directory;
    private final UserAdministration users;

    PartnersDemoData(JdbcPartnerDirectory directory, UserAdministration users) {
        this.directory = directory;
        this.users = users;
    }

    @Override
    public String name() {
        return "referrals.partners";
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public void contribute(DemoContext context) {
        var admin = users.find("admin").orElseThrow();
        var loader = new CurrentUser(admin.id(), "system:demo", "Demo", Set.of(Role.ADMIN), admin.agencyCode(), "UA", false);
        directory.save(loader, new Partner("NGO_DEMO_SVITANOK", null, null, PartnerKind.NGO,
                Set.of(ServiceType.PSYCHOLOGICAL, ServiceType.SOCIAL, ServiceType.HUMANITARIAN),
                Set.of("UA-05", "UA-68"), Set.of("uk", "en"), "Гаряча лінія (вигадана): 0 800 000 001", 12));
        save(loader, "DEMO_LEGAL_AID_VN", "Центр правничої допомоги (демонстраційний)", "Legal aid centre (demo)",
                PartnerKind.FREE_LEGAL_AID_CENTRE, Set.of(ServiceType.LEGAL_AID, ServiceType.DOCUMENTS), Set.of("UA-05"), 30);
        save(loader, "DEMO_SHELTER_HARBOUR", "Притулок «Тиха гавань» (вигаданий)", "\"Quiet Harbour\" shelter (fictional)",
                PartnerKind.SHELTER, Set.of(ServiceType.SHELTER, ServiceType.SAFETY, ServiceType.CHILD_CARE),
                Set.of("UA-46", "UA-07", "UA-21"), 4);
        save(loader, "DEMO_SOCIAL_SERVICE_PL", "Обласний центр соціальних служб (демонстраційний)",
                "Regional social services centre (demo)", PartnerKind.STATE_SOCIAL_SERVICE,
                Set.of(ServiceType.SOCIAL, ServiceType.EMPLOYMENT_EDUCATION, ServiceType.RETURN_REINTEGRATION),
                Set.of("UA-53"), null);
        save(loader, "DEMO_CLINIC_RV", "Міська лікарня (демонстраційна)", "City hospital (demo)", PartnerKind.HEALTH_FACILITY,
                Set.of(ServiceType.MEDICAL, ServiceType.PSYCHOLOGICAL), Set.of("UA-56", "UA-61"), 6);
        directory.save(loader, new Partner("IOM_UKRAINE", "Міжнародна організація з міграції (МОМ) в Україні",
                "International Organization for Migration (IOM) Ukraine", PartnerKind.INTERNATIONAL_ORGANISATION,
                Set.of(ServiceType.RETURN_REINTEGRATION, ServiceType.HUMANITARIAN, ServiceType.INTERPRETATION),
                Set.of("UA"), Set.of("uk", "en", "ru"), "Гаряча лінія протидії торгівлі людьми: 527", null));
    }

    private void save(CurrentUser loader, String code, String uk, String en, PartnerKind kind, Set<ServiceType> services,
                      Set<String> regions, Integer capacity) {
        directory.save(loader, new Partner(code, uk, en, kind, services, regions, Set.of("uk"), null, capacity));
    }
}
