package org.nadiya.cooperation;

/** A protected person named in a request: the victims module's id and the pseudonym, never identity. */
public record RequestPerson(long personId, String pseudonym) {
}
