package org.nadiya.links;

/**
 * An identifier as typed or imported: the kind by name ("phone", "iban", "card", "rnokpp" ...), the raw value and,
 * optionally, the person of the proceeding it belongs to or the organisation of the proceeding (not both).
 */
public record NewIdentifier(String kind, String value, Long personId, Long organisationId) {

    /** An identifier of the proceeding itself or of one of its persons. */
    public NewIdentifier(String kind, String value, Long personId) {
        this(kind, value, personId, null);
    }
}
