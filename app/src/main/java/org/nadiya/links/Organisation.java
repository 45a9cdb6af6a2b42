package org.nadiya.links;

import java.time.Instant;

/**
 * An organisation of a proceeding that holds identifiers (a recruiting agency's EDRPOU, IBAN, phone): shown to the
 * proceeding's team only; the name is stored encrypted (a sole trader's name is a person's).
 */
public record Organisation(long id, long proceedingId, String name, String createdBy, Instant createdAt) {
}
