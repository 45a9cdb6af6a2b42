package org.nadiya.training.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.nadiya.security.InvalidInputException;

/** Parses dates typed in forms and query strings, naming the field when it cannot. */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "give the date as YYYY-MM-DD");
        }
    }
}
