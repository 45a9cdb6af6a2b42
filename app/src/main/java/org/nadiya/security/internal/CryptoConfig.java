package org.nadiya.security.internal;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class CryptoConfig {

    /** BCrypt through the delegating encoder, so that a later switch of algorithm keeps old hashes valid. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The default key file in the data directory is created on first start; a key file named with
     * NADIYA_KEY_FILE elsewhere must already exist, since a new key there would hide a lost one.
     */
    @Bean
    AesGcmFieldEncryption fieldEncryption(@Value("${nadiya.key-file}") String keyFile,
                                          @Value("${nadiya.data-dir}") String dataDir, Clock clock) {
        Path file = Path.of(keyFile).toAbsolutePath().normalize();
        boolean isDefault = file.equals(Path.of(dataDir, "nadiya.key").toAbsolutePath().normalize());
        return new AesGcmFieldEncryption(KeyRing.open(file, isDefault, clock));
    }
}
