package org.nadiya.links.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.nadiya.links.NewIdentifier;
import org.nadiya.match.identifiers.Identifier;
import org.nadiya.match.identifiers.IdentifierKind;
import org.nadiya.match.identifiers.Identifiers;
import org.nadiya.security.FieldEncryption;
import org.nadiya.kernel.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Turns typed values into what is stored: the engine normalises and validates; every kind gets a keyed hash as match
 * key (the engine already hashes cards), so no phone, IBAN, РНОКПП or passport number is stored in clear: equal
 * values still meet, but the table alone cannot be searched for a guessed number (decision 0073). Both secrets derive
 * from the key file (decision 0016), never from the database.
 */
@Component
class IdentifierForms {

    private static final java.util.regex.Pattern KEYED = java.util.regex.Pattern.compile("[A-Z_]+:hmac:[0-9a-f]{32,64}");

    private final Identifiers engine;
    private final SecretKeySpec sensitiveKey;

    IdentifierForms(FieldEncryption encryption) {
        this.engine = new Identifiers(encryption.derivedSecret("links-card"));
        this.sensitiveKey = new SecretKeySpec(encryption.derivedSecret("links-sensitive"), "HmacSHA256");
    }

    /**
     * @param matchKey   the stored match key: {@code KIND:hmac:<hex>}, or the engine's keyed card hash
     * @param clearValue the normalised value to keep encrypted (РНОКПП, passport), or null: a card never leaves the
     *                   engine, other kinds show their display (stored encrypted)
     */
    record Normalised(Identifier identifier, String matchKey, String clearValue) {
    }

    Normalised normalise(NewIdentifier in) {
        if (in.kind() == null || in.kind().isBlank()) {
            throw new InvalidInputException("kind", "error.common.requiredShort");
        }
        IdentifierKind kind;
        try {
            kind = IdentifierKind.parse(in.kind());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "error.links.kind.invalid", e.getMessage());
        }
        var check = engine.check(kind, in.value());
        if (!check.isValid()) {
            throw new InvalidInputException("value", "error.links.value.invalid", kind.name().toLowerCase(Locale.ROOT), check.problem());
        }
        Identifier id = check.identifier();
        if (kind == IdentifierKind.RNOKPP || kind == IdentifierKind.PASSPORT) {
            return new Normalised(id, kind.name() + ":hmac:" + hmac(id.key()), id.key());
        }
        return new Normalised(id, stored(id.matchKey()), null);
    }

    /**
     * The stored match key of an engine match key ({@code Identifier.matchKey()}, {@code KIND:value}): a keyed hash for
     * every kind the engine leaves in clear; a keyed one (a card's {@code CARD:hmac:…}, a stored key) unchanged.
     */
    String stored(String engineMatchKey) {
        if (KEYED.matcher(engineMatchKey).matches()) {
            return engineMatchKey;
        }
        return engineMatchKey.substring(0, Math.max(0, engineMatchKey.indexOf(':'))) + ":hmac:" + hmac(engineMatchKey);
    }

    /** An identifier from outside Ukraine (a foreign phone, account or passport) makes a hit transnational. */
    static boolean foreign(Identifier id) {
        return switch (id.kind()) {
            case PHONE -> !id.key().startsWith("+380");
            case IBAN -> !id.key().startsWith("UA");
            case PASSPORT -> !id.key().startsWith("UA:");
            default -> false;
        };
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sensitiveKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
