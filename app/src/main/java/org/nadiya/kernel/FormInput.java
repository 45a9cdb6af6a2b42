package org.nadiya.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Turns what a user typed into a form or query string into values, or an {@link InvalidInputException} naming the
 * field — so that bad input is reported on its field instead of failing request binding. Blank means "not given".
 */
public final class FormInput {

    private FormInput() {
    }

    public static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "error.common.date.give");
        }
    }

    public static Long number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "error.common.wholeNumber");
        }
    }

    public static <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "error.common.choice.offered");
        }
    }
}
