package org.nadiya.identification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.disclosure.CellKeyMethod;
import org.nadiya.disclosure.CountTable;
import org.nadiya.disclosure.PublishedTable;
import org.nadiya.disclosure.RecordKeys;
import org.nadiya.disclosure.Unit;
import org.nadiya.identification.ScreeningSummary;
import org.nadiya.identification.ScreeningSummary.Cell;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Screenings by region, agency, result and indicator, published by the cell-key method of the disclosure engine
 * (decision 0036): every count carries its screenings' own small fixed noise, a result under
 * {@code nadiya.identification.minimum-count} is shown without a number, and the same group of screenings has the
 * same number in every table, so that comparing tables or reloading the report recovers no small count.
 */
@Component
class ScreeningReport {

    private final ScreeningStore store;
    private final AuditLog audit;
    private final RecordKeys keys;
    private final int minimumCount;

    ScreeningReport(ScreeningStore store, AuditLog audit, RecordKeys keys,
                    @Value("${nadiya.identification.minimum-count:5}") int minimumCount) {
        if (minimumCount < 2) {
            throw new IllegalArgumentException("nadiya.identification.minimum-count must be at least 2");
        }
        this.store = store;
        this.audit = audit;
        this.keys = keys;
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
        List<Unit> units = store.units(keys);
        var method = new CellKeyMethod(minimumCount, 1);
        PublishedTable byRegion = by(method, "region_code", units);
        Long total = byRegion.shown(List.of(CountTable.TOTAL));
        return new ScreeningSummary(minimumCount, new Cell("total", total == null ? null : total.intValue()),
                cells(byRegion), cells(by(method, "agency_code", units)),
                cells(by(method, "signal", units)), cells(by(method, "indicator", units)));
    }

    private static PublishedTable by(CellKeyMethod method, String dimension, List<Unit> units) {
        var categories = new TreeSet<String>();
        units.forEach(u -> categories.addAll(u.values().getOrDefault(dimension, List.of())));
        List<Unit> counted = units.stream().filter(u -> !u.values().getOrDefault(dimension, List.of()).isEmpty()).toList();
        return method.publish(dimension, List.copyOf(categories), counted);
    }

    /** The inner cells that are not empty (a category is listed because it occurs); indicators overlap, no total. */
    private static List<Cell> cells(PublishedTable table) {
        List<Cell> cells = new ArrayList<>();
        for (int cell = 0; cell < table.cellCount(); cell++) {
            if (!table.isMargin(cell)) {
                Long shown = table.shown(cell);
                cells.add(new Cell(table.key(cell).get(0), shown == null ? null : shown.intValue()));
            }
        }
        return cells;
    }
}
