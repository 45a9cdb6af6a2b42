package org.nadiya.links;

/**
 * An identifier as typed or imported: the kind by name ("phone", "iban", "card", "rnokpp" ...), the raw value and,
 * optionally, the person of the proceeding it belongs to.
 */
public record NewIdentifier(String kind, String value, Long personId) {
}
