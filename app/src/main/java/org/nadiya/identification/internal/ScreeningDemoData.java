package org.nadiya.identification.internal;

import java.util.Map;

import org.nadiya.demo.DemoContext;
import org.nadiya.demo.DemoContributor;
import org.nadiya.identification.ScreeningRequest;
import org.nadiya.identification.Screenings;
import org.nadiya.identification.Setting;
import org.nadiya.identification.indicators.AgeBand;
import org.nadiya.identification.indicators.Answer;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.UserAdministration;
import org.nadiya.victims.ServiceType;
import org.nadiya.victims.Sex;
import org.springframework.stereotype.Component;

/**
 * Demo screenings by the demo operative (Migration Police, Lvivska): a strong signal at a border check handed
 * over with consent (the Lviv coordinator sees it on the dashboard), a child of unclear age at a station, and
 * anonymous medium and weak ones. Fixed client references keep the data the same on every load.
 */
@Component
class ScreeningDemoData implements DemoContributor {

    private final Screenings screenings;
    private final UserAdministration users;

    ScreeningDemoData(Screenings screenings, UserAdministration users) {
        this.screenings = screenings;
        this.users = users;
    }

    @Override
    public String name() {
        return "identification.screenings";
    }

    @Override
    public int order() {
        return 350;
    }

    @Override
    public void contribute(DemoContext context) {
        var account = users.find("operative").orElseThrow();
        var officer = new CurrentUser(account.id(), account.username(), account.displayName(), account.roles(),
                account.agencyCode(), account.regionCode(), account.supervisor());
        screenings.submit(officer, new ScreeningRequest("00000000-0000-4000-8000-000000000001", "UA-46",
                Setting.BORDER_CHECK, AgeBand.ADULT, Map.of("ilo.documents", Answer.YES, "ilo.debt", Answer.YES,
                "general.companion", Answer.YES, "ilo.wages", Answer.NO), true, Sex.FEMALE, ServiceType.SHELTER, null));
        screenings.submit(officer, new ScreeningRequest("00000000-0000-4000-8000-000000000002", "UA-46",
                Setting.STATION_OR_TRANSPORT, AgeBand.UNCLEAR, Map.of("child.non-relatives", Answer.YES), false,
                null, null, null));
        screenings.submit(officer, new ScreeningRequest("00000000-0000-4000-8000-000000000003", "UA-46",
                Setting.RECEPTION_CENTRE, AgeBand.ADULT, Map.of("displaced.stranger-offer", Answer.YES,
                "displaced.too-good", Answer.YES, "displaced.no-documents", Answer.YES), false, null, null, null));
        screenings.submit(officer, new ScreeningRequest("00000000-0000-4000-8000-000000000004", "UA-46",
                Setting.DOCUMENT_CHECK, AgeBand.ADULT, Map.of("labour.no-contract", Answer.YES, "ilo.overtime",
                Answer.NO), false, null, null, null));
    }
}
