package org.nadiya.links;

import java.util.ArrayList;
import java.util.List;

import org.nadiya.security.FieldEncryption;

/**
 * Published by a module that extracts identifiers from its own records (bank statements: accounts and cards;
 * online ads: phones and handles): {@code links} stores those that are valid, skips the rest, and looks for hits.
 * The identifiers travel encrypted ({@code sealed}, AES-GCM under the field key, bound to the proceeding and the
 * source): the event publication registry keeps events in the database, and clear identifiers live nowhere outside
 * their encrypted columns (issue 15, point 8). Make one with {@link #seal}, read it with {@link #open}.
 *
 * @param personId null when the identifiers belong to the proceeding itself
 * @param actor    username of the user whose action produced them (audited as the author)
 * @param sealed   the identifiers, encrypted
 */
public record IdentifiersFound(long proceedingId, Long personId, IdentifierSource source, String actor,
                               String sealed) {

    /** One raw value and its kind by name ("iban", "card", "phone", "handle" ...). */
    public record Found(String kind, String value) {
    }

    private static final char FIELD = '\u001f';
    private static final char RECORD = '\u001e';

    public static IdentifiersFound seal(FieldEncryption encryption, long proceedingId, Long personId,
                                        IdentifierSource source, String actor, List<Found> identifiers) {
        var text = new StringBuilder();
        for (Found f : identifiers) {
            if (f.kind().indexOf(FIELD) >= 0 || f.kind().indexOf(RECORD) >= 0 || f.value().indexOf(FIELD) >= 0
                    || f.value().indexOf(RECORD) >= 0) {
                continue; // a control character is in no identifier
            }
            text.append(f.kind()).append(FIELD).append(f.value()).append(RECORD);
        }
        return new IdentifiersFound(proceedingId, personId, source, actor,
                encryption.encrypt(text.toString(), context(proceedingId, source)));
    }

    public List<Found> open(FieldEncryption encryption) {
        if (sealed == null) {
            return List.of(); // published before identifiers were sealed: their values were not kept
        }
        List<Found> found = new ArrayList<>();
        for (String entry : encryption.decrypt(sealed, context(proceedingId, source)).split(String.valueOf(RECORD))) {
            int cut = entry.indexOf(FIELD);
            if (cut > 0) {
                found.add(new Found(entry.substring(0, cut), entry.substring(cut + 1)));
            }
        }
        return found;
    }

    private static String context(long proceedingId, IdentifierSource source) {
        return "event:IdentifiersFound:" + proceedingId + ":" + source;
    }
}
