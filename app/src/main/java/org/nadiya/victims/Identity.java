package org.nadiya.victims;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who the person is: every field is stored encrypted and shown only after a reasoned, audited check.
 * {@code toString} names no field value, so an identity that reaches a log line exposes nobody.
 *
 * @param familyName  surname as in the person's Ukrainian documents (any script for a foreign national)
 * @param givenName   given name(s)
 * @param patronymic  patronymic, when the person has one
 * @param nameLatin   the name in Latin letters as in a passport, one line
 * @param documents   identity documents as text (kind, series and number), one per line
 * @param representativeName    legal representative of a child (name)
 * @param representativeContact legal representative's contact
 */
public record Identity(String familyName, String givenName, String patronymic, String nameLatin, LocalDate birthDate,
                       String phone, String address, String documents, String representativeName,
                       String representativeContact) {

    /** Family name, given name and patronymic in the Ukrainian order, or null when none is known. */
    public String fullName() {
        return fullName(familyName, givenName, patronymic);
    }

    /** The parts joined in the Ukrainian order, or null when none is given. */
    public static String fullName(String familyName, String givenName, String patronymic) {
        String joined = Stream.of(familyName, givenName, patronymic).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    @Override
    public String toString() {
        return "Identity[redacted]";
    }
}
