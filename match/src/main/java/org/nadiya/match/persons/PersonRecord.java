package org.nadiya.match.persons;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.nadiya.match.names.PersonName;

/**
 * One person as a record knows them: a name, perhaps a date of birth, identifier match keys
 * ({@code Identifier.matchKey()}, such as "PHONE:+380671234567") and a place of birth (compared case- and
 * space-insensitively; null when not known).
 */
public record PersonRecord(String id, PersonName name, BirthDate birthDate, Set<String> identifiers, String place) {

    public PersonRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        identifiers = Set.copyOf(identifiers);
        place = place == null || place.isBlank() ? null : place.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public PersonRecord(String id, PersonName name, BirthDate birthDate, Set<String> identifiers) {
        this(id, name, birthDate, identifiers, null);
    }

    public static PersonRecord of(String id, String name, BirthDate birthDate, Set<String> identifiers) {
        return new PersonRecord(id, PersonName.of(name), birthDate, identifiers, null);
    }

    public static PersonRecord of(String id, String name, BirthDate birthDate, Set<String> identifiers, String place) {
        return new PersonRecord(id, PersonName.of(name), birthDate, identifiers, place);
    }
}
