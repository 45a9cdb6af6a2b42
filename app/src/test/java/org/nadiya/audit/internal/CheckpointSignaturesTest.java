package org.nadiya.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Decision 0074: the checkpoint key pair is derived from a seed, and only its private half makes a valid signature. */
class CheckpointSignaturesTest {

    private static final byte[] SEED = "a secret derived from the key file".getBytes(StandardCharsets.UTF_8);
    private static final String BODY = "nadiya-audit-checkpoint 2 42 " + "ab".repeat(32) + " 2026-12-07T13:00:00Z";

    @Test
    void theSameSeedGivesTheSamePairAndAnotherSeedAnother() {
        var pair = CheckpointSignatures.fromSeed(SEED);
        assertThat(CheckpointSignatures.fromSeed(SEED).getPublic().getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        assertThat(CheckpointSignatures.fromSeed("another seed".getBytes(StandardCharsets.UTF_8)).getPublic().getEncoded())
                .isNotEqualTo(pair.getPublic().getEncoded());
    }

    @Test
    void onlyThePrivateKeyOfThePairSignsAndThePublicKeyAloneChecks() {
        var pair = CheckpointSignatures.fromSeed(SEED);
        var other = CheckpointSignatures.fromSeed("an intruder's own key".getBytes(StandardCharsets.UTF_8));
        String signature = CheckpointSignatures.sign(pair.getPrivate(), BODY);
        var published = CheckpointSignatures.fromPem(CheckpointSignatures.pem(pair.getPublic()));

        assertThat(CheckpointSignatures.verify(published, BODY, signature)).isTrue();
        assertThat(CheckpointSignatures.verify(published, BODY.replace(" 42 ", " 43 "), signature)).isFalse();
        assertThat(CheckpointSignatures.verify(published, BODY, CheckpointSignatures.sign(other.getPrivate(), BODY)))
                .isFalse();
        assertThat(CheckpointSignatures.verify(published, BODY, "not base64 !")).isFalse();
        assertThat(CheckpointSignatures.pem(pair.getPublic())).startsWith("-----BEGIN PUBLIC KEY-----\n")
                .endsWith("-----END PUBLIC KEY-----\n");
        assertThatThrownBy(() -> CheckpointSignatures.fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ed25519");
    }
}
