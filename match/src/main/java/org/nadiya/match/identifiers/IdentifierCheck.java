package org.nadiya.match.identifiers;

/** The outcome of normalising one raw value: the identifier, or the reason it is not valid. */
public record IdentifierCheck(IdentifierKind kind, Identifier identifier, String problem) {

    static IdentifierCheck valid(Identifier identifier) {
        return new IdentifierCheck(identifier.kind(), identifier, null);
    }

    static IdentifierCheck invalid(IdentifierKind kind, String problem) {
        return new IdentifierCheck(kind, null, problem);
    }

    public boolean isValid() {
        return identifier != null;
    }

    /** The identifier, or an IllegalArgumentException "kind: reason" for bad input. */
    public Identifier orThrow() {
        if (identifier == null) {
            throw new IllegalArgumentException(kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + problem);
        }
        return identifier;
    }
}
