package org.nadiya.match.identifiers;

/** The kinds of identifier that link records across proceedings. */
public enum IdentifierKind {
    PHONE(false),
    IBAN(false),
    /** Stored only masked and as a keyed hash: the full number never leaves the normaliser. */
    CARD(true),
    EMAIL(false),
    HANDLE(false),
    EDRPOU(false),
    /** The taxpayer number of a person: it encodes the date of birth and sex. */
    RNOKPP(true),
    PASSPORT(true),
    VEHICLE_PLATE(false),
    CRYPTO_WALLET(false),
    POSTAL_ADDRESS(false);

    private final boolean sensitive;

    IdentifierKind(boolean sensitive) {
        this.sensitive = sensitive;
    }

    /** Sensitive kinds are shown masked and their reads are audited by the application. */
    public boolean sensitive() {
        return sensitive;
    }

    /** Accepts the enum name in any case, with '-' or ' ' for '_' (e.g. "vehicle-plate"). */
    public static IdentifierKind parse(String text) {
        String name = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (IdentifierKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown identifier kind '" + text + "'; allowed: "
                + java.util.Arrays.stream(values()).map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
                        .collect(java.util.stream.Collectors.joining(", ")));
    }
}
