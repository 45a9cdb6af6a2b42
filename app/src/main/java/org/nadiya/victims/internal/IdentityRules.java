package org.nadiya.victims.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.nadiya.kernel.InvalidInputException;
import org.nadiya.victims.Identity;

/** Checks of identity and attribute input. Messages never repeat the value entered (it may be personal data). */
final class IdentityRules {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private IdentityRules() {
    }

    static Identity check(Identity identity, LocalDate today) {
        if (identity == null) {
            throw new InvalidInputException("familyName", "error.victims.name.required");
        }
        String family = namePart("familyName", identity.familyName());
        String given = namePart("givenName", identity.givenName());
        String patronymic = namePart("patronymic", identity.patronymic());
        String lat = optional("nameLatin", identity.nameLatin(), 300);
        if (family == null && given == null && lat == null) {
            throw new InvalidInputException("familyName", "error.victims.name.required");
        }
        if (lat != null && !lat.matches("[\\p{IsLatin}\\s'’.-]+")) {
            throw new InvalidInputException("nameLatin", "error.victims.nameLatin.letters");
        }
        LocalDate born = identity.birthDate();
        if (born != null && (born.isAfter(today) || born.isBefore(today.minusYears(120)))) {
            throw new InvalidInputException("birthDate", "error.victims.birthDate.range");
        }
        String phone = optional("phone", identity.phone(), 30);
        if (phone != null && !phone.matches("\\+?[0-9][0-9 ()-]{4,25}")) {
            throw new InvalidInputException("phone", "error.victims.phone.format");
        }
        return new Identity(family, given, patronymic, lat, born, phone, optional("address", identity.address(), 1000),
                optional("documents", identity.documents(), 1000),
                optional("representativeName", identity.representativeName(), 300),
                optional("representativeContact", identity.representativeContact(), 300));
    }

    /** One part of the name: letters of any script (a foreign national's name as in the documents), spaces inside. */
    private static String namePart(String field, String text) {
        String value = optional(field, text, 100);
        if (value != null && !value.matches("[\\p{L}\\p{M}\\s'’ʼ.-]+")) {
            throw new InvalidInputException(field, "error.victims.name.letters");
        }
        return value == null ? null : value.replaceAll("\\s+", " ");
    }

    static String citizenship(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(c)) {
            throw new InvalidInputException("citizenship", "error.common.country.twoLetters");
        }
        return c;
    }

    static String optional(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        if (value.length() > max || value.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r')) {
            throw new InvalidInputException(field, "error.victims.text.max", max);
        }
        return value;
    }

    static String required(String field, String text, int max) {
        String value = optional(field, text, max);
        if (value == null) {
            throw new InvalidInputException(field, "error.common.length", max);
        }
        return value;
    }
}
