package org.nadiya.flow.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** ISO 8601 timestamps as canonical files write them; a time without offset is read in the mapping's zone. */
final class Timestamps {

    private Timestamps() {
    }

    static Instant iso(String text, ZoneId zone) {
        if (text.endsWith("Z")) {
            return Instant.parse(text);
        }
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        }
        int t = text.indexOf('T');
        if (t > 0 && (text.indexOf('+', t) > 0 || text.indexOf('-', t) > 0)) {
            return OffsetDateTime.parse(text).toInstant();
        }
        return LocalDateTime.parse(text.replace(' ', 'T')).atZone(zone).toInstant();
    }
}
