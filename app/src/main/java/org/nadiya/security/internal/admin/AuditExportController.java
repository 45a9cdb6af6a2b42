package org.nadiya.security.internal.admin;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.AuditQuery;
import org.nadiya.audit.Outcome;
import org.nadiya.kernel.Bundles;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log as CSV for a period (both dates required, Kyiv days, at most a year), with the viewer's other
 * filters; the action's name in the language of the page beside its code. The export itself is audited.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditExportController {

    private final AuditLog audit;

    AuditExportController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit/export")
    void export(@RequestParam(name = "from", required = false) String fromDate,
                @RequestParam(name = "to", required = false) String toDate,
                @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                @RequestParam(required = false) Outcome outcome, java.util.Locale locale,
                HttpServletResponse response) throws IOException {
        LocalDate from = date("from", fromDate, "error.audit.export.from");
        LocalDate to = date("to", toDate, "error.audit.export.to");
        if (to.isBefore(from) || to.isAfter(from.plusYears(1))) {
            throw new InvalidInputException("to", "error.audit.export.period");
        }
        var query = new AuditQuery(blank(actor), blank(action), blank(entityType), blank(entityId), outcome,
                from.atStartOfDay(AuditCsv.KYIV).toInstant(), to.plusDays(1).atStartOfDay(AuditCsv.KYIV).toInstant(),
                0, 500);
        audit.record(AuditEvent.allowed("AUDIT_EXPORTED", "audit", null).by(CurrentUser.get().username())
                .with(from + " .. " + to + (query.action() == null ? "" : ", action " + query.action())
                        + (query.actor() == null ? "" : ", one actor") + ", CSV"));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-" + from + "-" + to + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        AuditCsv.write(audit, query, Bundles.withPrefix(locale, "audit.action."), out);
        out.flush();
    }

    /** A date as the form's date field sends it (yyyy-MM-dd); missing or malformed is a clear error naming it. */
    private static LocalDate date(String field, String value, String missingKey) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, missingKey);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, "error.audit.export.date", value.strip());
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
