package org.nadiya.cooperation.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nadiya.cases.WorkspaceSection;
import org.nadiya.cooperation.CooperationRequest;
import org.nadiya.security.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The workspace's "International requests" section: the proceeding's requests with their deadlines. */
@Component
@Order(20)
public class ProceedingRequestsSection implements WorkspaceSection {

    /**
     * The requests, today's date (Kyiv) against which days overdue are counted, and the countries' names in the
     * page's language (the JDK's CLDR names, as the register's country table).
     */
    public record Content(List<CooperationRequest> requests, LocalDate today, boolean mayDraft,
                          Map<String, String> countryNames) {
    }

    private final CooperationService cooperation;

    ProceedingRequestsSection(CooperationService cooperation) {
        this.cooperation = cooperation;
    }

    @Override
    public String anchor() {
        return "requests";
    }

    @Override
    public String titleKey() {
        return "proceeding.requests";
    }

    @Override
    public String template() {
        return "cooperation/proceeding-requests";
    }

    @Override
    public Object content(CurrentUser user, long proceedingId) {
        if (!cooperation.mayUse(user)) {
            return null;
        }
        boolean mayDraft = user.hasRole("PROSECUTOR")
                || user.hasRole("INVESTIGATOR");
        var requests = cooperation.ofProceeding(user, proceedingId);
        Locale locale = LocaleContextHolder.getLocale();
        var names = new HashMap<String, String>();
        requests.forEach(r -> names.put(r.countryCode(),
                new Locale.Builder().setRegion(r.countryCode()).build().getDisplayCountry(locale)));
        return new Content(requests, cooperation.today(), mayDraft, names);
    }
}
