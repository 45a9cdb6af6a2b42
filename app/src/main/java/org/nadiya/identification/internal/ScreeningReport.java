package org.nadiya.identification.internal;

import java.util.List;
import java.util.Map;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.identification.ScreeningSummary;
import org.nadiya.identification.ScreeningSummary.Cell;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.nadiya.stats.disclosure.DisclosureControl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Screenings by region, agency, result and indicator, with small counts suppressed: a count from 1 to
 * {@code nadiya.identification.minimum-count} - 1 is shown as suppressed. Region, agency and result each add up to
 * the total, so they go through the statistics module's disclosure control, which also hides the cells that would
 * give a small one away by subtraction; indicators overlap (one screening, several indicators) and add up to
 * nothing, so only their small counts are hidden.
 */
@Component
class ScreeningReport {

    private final ScreeningStore store;
    private final AuditLog audit;
    private final int minimumCount;

    ScreeningReport(ScreeningStore store, AuditLog audit,
                    @Value("${nadiya.identification.minimum-count:5}") int minimumCount) {
        if (minimumCount < 2) {
            throw new IllegalArgumentException("nadiya.identification.minimum-count must be at least 2");
        }
        this.store = store;
        this.audit = audit;
        this.minimumCount = minimumCount;
    }

    /** Front-line officers, analysts, coordinators and administrators; never partners or researchers (for now). */
    static boolean mayRead(CurrentUser user) {
        return !user.has(Role.PARTNER) && !user.has(Role.RESEARCHER) && (user.has(Role.PROSECUTOR)
                || user.has(Role.INVESTIGATOR) || user.has(Role.OPERATIVE) || user.has(Role.ANALYST)
                || user.has(Role.COORDINATOR) || user.has(Role.ADMIN));
    }

    ScreeningSummary summary(CurrentUser user) {
        if (!mayRead(user)) {
            audit.recordDenied(AuditEvent.denied("SCREENING_REPORT_REFUSED", "screening", null).by(user.username())
                    .with("role may not read screening reports"));
            throw new AccessDeniedException("screening reports are for officers, analysts, coordinators and administrators");
        }
        return new ScreeningSummary(minimumCount, cell("total", store.total()), additive(store.countBy("region_code")),
                additive(store.countBy("agency_code")), additive(store.countBy("signal")), cells(store.countByIndicator()));
    }

    /** Counts that partition the screenings: protected together with their total. */
    private List<Cell> additive(Map<String, Integer> counts) {
        return new DisclosureControl(minimumCount, 1).protectPartition(counts).entrySet().stream()
                .map(e -> new Cell(e.getKey(), e.getValue() == null ? null : e.getValue().intValue())).toList();
    }

    private List<Cell> cells(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> cell(e.getKey(), e.getValue())).toList();
    }

    Cell cell(String key, int count) {
        return new Cell(key, count > 0 && count < minimumCount ? null : count);
    }
}
