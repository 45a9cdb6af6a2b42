package org.nadiya.cooperation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.nadiya.security.InvalidInputException;

/** Parses form text into values, naming the field when it cannot. */
final class FormValues {

    private FormValues() {
    }

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "give the date as YYYY-MM-DD");
        }
    }

    static Long number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "give a number");
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "use one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
