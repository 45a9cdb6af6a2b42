package org.nadiya.victims.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.nadiya.cases.ExploitationForm;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.victims.Identity;
import org.nadiya.victims.NewPerson;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.Sex;

/** The registration form as submitted: text kept as typed so that an error shows it back. */
public record PersonForm(String kind, String sex, String citizenship, String regionCode, List<String> forms,
                         Boolean crsv, String familyName, String givenName, String patronymic, String nameLatin,
                         String birthDate, String phone,
                         String address, String documents, String representativeName, String representativeContact,
                         String proceedingId, String role) {

    static PersonForm empty(String region) {
        return new PersonForm("VICTIM", "UNKNOWN", "UA", region, List.of(), false, "", "", "", "", "", "", "", "", "", "", "", "");
    }

    public boolean has(String form) {
        return forms != null && forms.contains(form);
    }

    NewPerson toNewPerson() {
        LocalDate born;
        try {
            born = birthDate == null || birthDate.isBlank() ? null : LocalDate.parse(birthDate.trim());
        } catch (java.time.DateTimeException e) {
            throw new InvalidInputException("birthDate", "error.common.date.notDateShort");
        }
        Long proceeding;
        try {
            proceeding = proceedingId == null || proceedingId.isBlank() ? null : Long.valueOf(proceedingId.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("proceedingId", "error.common.proceeding.number");
        }
        Set<ExploitationForm> parsed = EnumSet.noneOf(ExploitationForm.class);
        for (String f : forms == null ? List.<String>of() : forms) {
            parsed.add(parse(ExploitationForm.class, "forms", f));
        }
        return new NewPerson(parse(PersonKind.class, "kind", kind), sex == null || sex.isBlank() ? Sex.UNKNOWN
                : parse(Sex.class, "sex", sex), citizenship, regionCode, parsed, Boolean.TRUE.equals(crsv),
                new Identity(familyName, givenName, patronymic, nameLatin, born, phone, address, documents, representativeName,
                        representativeContact), proceeding, role == null || role.isBlank() ? null
                : parse(PersonKind.class, "role", role));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "error.common.choice.listed");
        }
    }

    @Override
    public String toString() {
        return "PersonForm[redacted]";
    }
}
