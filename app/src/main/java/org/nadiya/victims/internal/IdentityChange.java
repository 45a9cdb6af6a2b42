package org.nadiya.victims.internal;

import java.time.LocalDate;

import org.nadiya.kernel.InvalidInputException;
import org.nadiya.victims.Identity;

/**
 * A change of the identity as typed: a null field stays as it is, a blank one is cleared, any other replaces it.
 * The page submits every field; an API caller sends only what changes.
 */
record IdentityChange(String familyName, String givenName, String patronymic, String nameLatin, String birthDate,
                      String phone, String address, String documents, String representativeName,
                      String representativeContact) {

    /** The form filled with the identity as stored. */
    static IdentityChange of(Identity i) {
        return new IdentityChange(text(i.familyName()), text(i.givenName()), text(i.patronymic()), text(i.nameLatin()),
                i.birthDate() == null ? "" : i.birthDate().toString(), text(i.phone()), text(i.address()),
                text(i.documents()), text(i.representativeName()), text(i.representativeContact()));
    }

    Identity applyTo(Identity current) {
        LocalDate born;
        if (birthDate == null) {
            born = current.birthDate();
        } else if (birthDate.isBlank()) {
            born = null;
        } else {
            try {
                born = LocalDate.parse(birthDate.trim());
            } catch (java.time.DateTimeException e) {
                throw new InvalidInputException("birthDate", "error.common.date.notDateShort");
            }
        }
        return new Identity(pick(familyName, current.familyName()), pick(givenName, current.givenName()),
                pick(patronymic, current.patronymic()), pick(nameLatin, current.nameLatin()), born,
                pick(phone, current.phone()), pick(address, current.address()), pick(documents, current.documents()),
                pick(representativeName, current.representativeName()),
                pick(representativeContact, current.representativeContact()));
    }

    private static String pick(String typed, String current) {
        return typed == null ? current : typed.isBlank() ? null : typed;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String toString() {
        return "IdentityChange[redacted]";
    }
}
