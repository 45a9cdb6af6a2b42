package org.nadiya.security.internal.admin;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.nadiya.audit.AuditEntry;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.AuditQuery;
import org.nadiya.kernel.SpreadsheetText;

/** The audit log as CSV for a period: every matching entry, oldest first within each page of the viewer's order. */
final class AuditCsv {

    /** The most entries one export holds; a longer period is split by the administrator. */
    static final int MAX_ENTRIES = 200_000;

    static final String HEADER = "seq,occurred_at_kyiv,actor,action,action_name,entity_type,entity_id,outcome,reason,"
            + "details\r\n";

    static final java.time.ZoneId KYIV = java.time.ZoneId.of("Europe/Kyiv");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditCsv() {
    }

    /** Writes the entries of the query's filter, page by page; returns how many were written. */
    static int write(AuditLog audit, AuditQuery filter, Map<String, String> actionNames, Writer out) throws IOException {
        out.write(HEADER);
        int written = 0;
        for (int page = 0; written < MAX_ENTRIES; page++) {
            var entries = audit.find(new AuditQuery(filter.actor(), filter.action(), filter.entityType(),
                    filter.entityId(), filter.outcome(), filter.from(), filter.to(), page, 500));
            for (AuditEntry e : entries) {
                if (written == MAX_ENTRIES) {
                    break;
                }
                out.write(String.join(",", String.valueOf(e.seq()),
                        TIME.format(e.occurredAt().atZone(KYIV)), cell(e.actor()), cell(e.action()),
                        cell(actionNames.getOrDefault(e.action(), e.action())), cell(e.entityType()),
                        cell(e.entityId()), e.outcome().name(), cell(e.reason()), cell(e.details())));
                out.write("\r\n");
                written++;
            }
            if (entries.size() < 500) {
                break;
            }
        }
        return written;
    }

    private static String cell(String value) {
        return SpreadsheetText.csvField(value);
    }
}
