package org.nadiya.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.nadiya.match.identifiers.Identifiers;
import org.nadiya.screen.ScreenRules;
import org.nadiya.screen.Screener;
import org.nadiya.security.FieldEncryption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ScreeningConfiguration {

    /**
     * The shipped rules, with the installation's card key: the same secret the links module gives the match engine
     * ({@code FieldEncryption.derivedSecret("links-card")}, derived from the oldest key of the key file), so a card
     * found in an ad has the same keyed hash as the card stored on a proceeding.
     */
    @Bean
    Screener screener(FieldEncryption encryption) {
        return new Screener(ScreenRules.defaults(), new Identifiers(encryption.derivedSecret("links-card")));
    }

    /** The rules version and the SHA-256 of the shipped rules file, stored with every result. */
    @Bean
    RulesFingerprint rulesFingerprint(Screener screener) {
        try (InputStream in = ScreenRules.class.getResourceAsStream("rules.yaml")) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return new RulesFingerprint(screener.rules().version(), HexFormat.of().formatHex(digest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    record RulesFingerprint(String version, String sha256) {
    }
}
