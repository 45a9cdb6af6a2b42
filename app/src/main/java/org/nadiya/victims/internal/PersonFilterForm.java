package org.nadiya.victims.internal;

import org.nadiya.kernel.InvalidInputException;
import org.nadiya.victims.CaseStatus;
import org.nadiya.victims.PersonFilter;
import org.nadiya.victims.RiskLevel;

/** The persons list's filter as typed in the page or the API's query; blank means "any". */
public record PersonFilterForm(String status, String region, String coordinator, String risk, Boolean overdue,
                               String q) {

    PersonFilter toFilter() {
        String query = blank(q) ? null : q.trim();
        if (query != null && (query.length() > 20 || !query.matches("[A-Za-z0-9-]+"))) {
            throw new InvalidInputException("q", "error.victims.filter.pseudonym");
        }
        return new PersonFilter(blank(status) ? null : PersonForm.parse(CaseStatus.class, "status", status),
                blank(region) ? null : region.trim(), blank(coordinator) ? null : coordinator.trim(),
                blank(risk) ? null : PersonForm.parse(RiskLevel.class, "risk", risk), Boolean.TRUE.equals(overdue), query);
    }

    /** Whether any filter is set (the page then says that the list is filtered). */
    public boolean any() {
        return !blank(status) || !blank(region) || !blank(coordinator) || !blank(risk) || Boolean.TRUE.equals(overdue)
                || !blank(q);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
