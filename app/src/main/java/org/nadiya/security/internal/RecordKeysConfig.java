package org.nadiya.security.internal;

import org.nadiya.disclosure.RecordKeys;
import org.nadiya.security.FieldEncryption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cell-key method's record keys (decision 0036), from a secret derived from the oldest key of the key file: the
 * same in every module that publishes counts and across key rotations, never in the database.
 */
@Configuration(proxyBeanMethods = false)
class RecordKeysConfig {

    @Bean
    RecordKeys recordKeys(FieldEncryption encryption) {
        return new RecordKeys(encryption.derivedSecret(RecordKeys.PURPOSE));
    }
}
