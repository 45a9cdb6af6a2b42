package org.nadiya.flow.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * ISO 8601 timestamps as canonical files write them; a time without offset is read in the mapping's zone. A date
 * without a time of day is a date: its midnight UTC, marked date-only (so it is never shown as the previous day).
 */
final class Timestamps {

    /** A parsed moment; {@code dateOnly} when the text had no time of day. */
    record When(Instant instant, boolean dateOnly) {

        static When date(LocalDate date) {
            return new When(date.atStartOfDay(ZoneOffset.UTC).toInstant(), true);
        }
    }

    private Timestamps() {
    }

    /**
     * A date ({@code 2017-04-01}, also with an offset or Z as XML Schema allows: {@code 2017-04-01+02:00}) or a
     * timestamp as {@link #iso} reads it.
     */
    static When when(String text, ZoneId zone) {
        int t = text.indexOf('T');
        if (t < 0 && text.length() >= 10 && text.length() <= 16 && text.indexOf(' ') < 0) {
            return When.date(LocalDate.parse(text, DateTimeFormatter.ISO_DATE));
        }
        return new When(iso(text, zone), false);
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ssZ} without the formatter machinery (the canonical CSV's hot path, ~20× faster
     * than {@code Instant.parse}); {@code Long.MIN_VALUE} when the text is not exactly that shape, so the caller
     * falls back to the full parser and its error message.
     */
    static long utcSeconds(String t) {
        if (t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return Long.MIN_VALUE;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return Long.MIN_VALUE;
        }
        return LocalDate.of(year, month, day).toEpochDay() * 86_400 + hour * 3600 + minute * 60 + second;
    }

    private static int digits(String t, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    static Instant iso(String text, ZoneId zone) {
        if (text.length() == 20 && text.charAt(19) == 'Z') {
            long seconds = utcSeconds(text);
            if (seconds != Long.MIN_VALUE) {
                return Instant.ofEpochSecond(seconds);
            }
        }
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
