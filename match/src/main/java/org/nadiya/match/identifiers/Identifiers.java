package org.nadiya.match.identifiers;

/** Normalises and validates raw identifiers of every kind; one instance per card-hashing key. */
public final class Identifiers {

    private final PaymentCards cards;

    /** @param cardKey secret of at least 16 bytes for the keyed hash of card numbers */
    public Identifiers(byte[] cardKey) {
        this.cards = new PaymentCards(cardKey);
    }

    public IdentifierCheck check(IdentifierKind kind, String raw) {
        if (raw == null || raw.isBlank()) {
            return IdentifierCheck.invalid(kind, "empty");
        }
        return switch (kind) {
            case PHONE -> PhoneNumbers.check(raw);
            case IBAN -> Ibans.check(raw);
            case CARD -> cards.check(raw);
            case EMAIL -> Emails.check(raw);
            case HANDLE -> Handles.check(raw);
            case EDRPOU -> TaxNumbers.edrpou(raw);
            case RNOKPP -> TaxNumbers.rnokpp(raw);
            case PASSPORT -> Passports.check(raw);
            case VEHICLE_PLATE -> VehiclePlates.check(raw);
            case CRYPTO_WALLET -> CryptoWallets.check(raw);
            case POSTAL_ADDRESS -> PostalAddresses.check(raw);
        };
    }

    /** The normalised identifier, or IllegalArgumentException "kind: reason". */
    public Identifier normalise(IdentifierKind kind, String raw) {
        return check(kind, raw).orThrow();
    }
}
