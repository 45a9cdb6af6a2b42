package org.nadiya.match.persons;

import java.util.Objects;
import java.util.Set;

import org.nadiya.match.names.PersonName;

/**
 * One person as a record knows them: a name, perhaps a date of birth, and identifier match keys
 * ({@code Identifier.matchKey()}) such as "PHONE:+380671234567".
 */
public record PersonRecord(String id, PersonName name, BirthDate birthDate, Set<String> identifiers) {

    public PersonRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        identifiers = Set.copyOf(identifiers);
    }

    public static PersonRecord of(String id, String name, BirthDate birthDate, Set<String> identifiers) {
        return new PersonRecord(id, PersonName.of(name), birthDate, identifiers);
    }
}
