package org.nadiya.victims.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.nadiya.match.names.BlockingKeys;
import org.nadiya.match.names.PersonName;
import org.nadiya.security.FieldEncryption;
import org.springframework.stereotype.Component;

/**
 * The keyed hashes of a name's blocking keys (decision 0029): the engine's word keys ({@code w:}) and pair keys
 * ({@code p:}) of each spelling, each HMAC-SHA256 under a secret derived from the key file (stable across key
 * rotation, never in the database), truncated to 128 bits. A name of two or more words is looked up by its pair
 * keys (selective: a given name and a surname), a one-word name by its word keys.
 */
@Component
class NameKeys {

    /** Bump when the engine's blocking keys change: persons indexed under an older version are re-indexed at start. */
    static final int RULES_VERSION = 2;

    private final SecretKeySpec secret;

    NameKeys(FieldEncryption encryption) {
        this.secret = new SecretKeySpec(encryption.derivedSecret("victims-name-keys"), "HmacSHA256");
    }

    /** Every hash to store for the given spellings (nulls and unreadable names give none). */
    Set<String> stored(Collection<String> names) {
        Set<String> hashes = new LinkedHashSet<>();
        for (String text : names) {
            PersonName name = readable(text);
            if (name != null) {
                BlockingKeys.wordKeys(name).forEach(k -> hashes.add(hash("w:" + k)));
                BlockingKeys.pairKeys(name).forEach(k -> hashes.add(hash("p:" + k)));
            }
        }
        return hashes;
    }

    /** The hashes to look a name up by: its pair keys when it has two words or more, else its word keys. */
    Set<String> probe(Collection<String> names) {
        Set<String> hashes = new LinkedHashSet<>();
        for (String text : names) {
            PersonName name = readable(text);
            if (name == null) {
                continue;
            }
            var pairs = BlockingKeys.pairKeys(name);
            if (pairs.stream().anyMatch(k -> k.indexOf('|') >= 0)) {
                pairs.forEach(k -> hashes.add(hash("p:" + k)));
            } else {
                BlockingKeys.wordKeys(name).forEach(k -> hashes.add(hash("w:" + k)));
            }
        }
        return hashes;
    }

    private static PersonName readable(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        PersonName name = PersonName.of(text);
        return name.isEmpty() ? null : name;
    }

    private String hash(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            byte[] full = mac.doFinal(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(full, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
