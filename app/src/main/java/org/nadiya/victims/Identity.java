package org.nadiya.victims;

import java.time.LocalDate;

/**
 * Who the person is: every field is stored encrypted and shown only after a reasoned, audited check.
 * {@code toString} names no field value, so an identity that reaches a log line exposes nobody.
 *
 * @param documents identity documents as text (kind, series and number), one per line
 * @param representativeName    legal representative of a child (name)
 * @param representativeContact legal representative's contact
 */
public record Identity(String nameCyrillic, String nameLatin, LocalDate birthDate, String phone, String address,
                       String documents, String representativeName, String representativeContact) {

    @Override
    public String toString() {
        return "Identity[redacted]";
    }
}
