package org.nadiya.links;

import java.util.List;

/**
 * Published by a module that extracts identifiers from its own records (bank statements: accounts and cards;
 * online ads: phones and handles): {@code links} stores those that are valid, skips the rest, and looks for hits.
 *
 * @param personId null when the identifiers belong to the proceeding itself
 * @param actor    username of the user whose action produced them (audited as the author)
 */
public record IdentifiersFound(long proceedingId, Long personId, IdentifierSource source, String actor,
                               List<Found> identifiers) {

    public IdentifiersFound {
        identifiers = List.copyOf(identifiers);
    }

    /** One raw value and its kind by name ("iban", "card", "phone", "handle" ...). */
    public record Found(String kind, String value) {
    }
}
