package org.nadiya.match.identifiers;

import java.util.Objects;

/**
 * A normalised identifier. {@code key} is what two records must share to be linked (for a card, a keyed hash);
 * {@code display} is what a screen may show (masked for sensitive kinds).
 */
public record Identifier(IdentifierKind kind, String key, String display) {

    public Identifier {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(display, "display");
    }

    public static Identifier of(IdentifierKind kind, String key) {
        return new Identifier(kind, key, key);
    }

    /** The kind and key together: equal for the same identifier however it was typed. */
    public String matchKey() {
        return kind.name() + ':' + key;
    }
}
