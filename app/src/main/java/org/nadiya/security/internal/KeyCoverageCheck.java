package org.nadiya.security.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Refuses to run with a key file that cannot decrypt what the database holds (e.g. a lost key file). */
@Component
@Order(0)
class KeyCoverageCheck implements ApplicationRunner {

    private final KeyRotationService keys;
    private final AesGcmFieldEncryption encryption;

    KeyCoverageCheck(KeyRotationService keys, AesGcmFieldEncryption encryption) {
        this.keys = keys;
        this.encryption = encryption;
    }

    @Override
    public void run(ApplicationArguments args) {
        var missing = keys.missingKeys();
        if (!missing.isEmpty()) {
            throw new KeyFileException("key file " + encryption.ring().file() + " lacks the key(s) " + missing
                    + " that encrypted data in the database needs; restore the key file that holds them");
        }
    }
}
