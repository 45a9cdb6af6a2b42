package org.nadiya.match.identifiers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Payment card numbers (13 to 19 digits, Luhn). The key is an HMAC-SHA256 of the digits under a secret, so two
 * records can be linked without storing the number; the display keeps the first six and last four digits.
 */
final class PaymentCards {

    private final SecretKeySpec key;

    PaymentCards(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("the card hashing key must have at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    IdentifierCheck check(String raw) {
        String digits = raw.replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]{13,19}")) {
            return IdentifierCheck.invalid(IdentifierKind.CARD, "a card number has 13 to 19 digits (spaces and dashes allowed)");
        }
        if (!luhnValid(digits)) {
            return IdentifierCheck.invalid(IdentifierKind.CARD, "the Luhn check digit does not match (a typo?)");
        }
        return IdentifierCheck.valid(new Identifier(IdentifierKind.CARD, "hmac:" + hmac(digits), masked(digits)));
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    static String masked(String digits) {
        return digits.substring(0, 6) + "*".repeat(digits.length() - 10) + digits.substring(digits.length() - 4);
    }

    private String hmac(String digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
