package org.nadiya.identification.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.nadiya.security.CurrentUser;
import org.nadiya.security.FieldEncryption;
import org.springframework.stereotype.Component;

/**
 * Who made a screening, without naming the officer in the anonymous record: a keyed hash (HMAC-SHA-256 under a
 * secret derived from the key file) of the officer's user id. And the unguessable references screenings are
 * reached by.
 */
@Component
class ScreeningOwners {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec secret;

    ScreeningOwners(FieldEncryption encryption) {
        this.secret = new SecretKeySpec(encryption.derivedSecret("identification-screening-owner"), "HmacSHA256");
    }

    String keyOf(CurrentUser officer) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(("user:" + officer.id()).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is missing from this JDK", e);
        }
    }

    /** 128 random bits as 32 hexadecimal digits. */
    String newRef() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
