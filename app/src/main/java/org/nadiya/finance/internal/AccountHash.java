package org.nadiya.finance.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.nadiya.security.FieldEncryption;
import org.springframework.stereotype.Component;

/**
 * The keyed hash by which a holder's encrypted name is found from an account number (decision 0073):
 * {@code hmac:<HMAC-SHA-256 hex>} under a secret derived from the key file, so the table alone cannot be searched for
 * a guessed account.
 */
@Component
class AccountHash {

    static final String PREFIX = "hmac:";

    private final SecretKeySpec key;

    AccountHash(FieldEncryption encryption) {
        this.key = new SecretKeySpec(encryption.derivedSecret("finance-account"), "HmacSHA256");
    }

    String of(String account) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(account.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
