package org.nadiya.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AesGcmFieldEncryptionTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    private AesGcmFieldEncryption encryption() {
        return new AesGcmFieldEncryption(KeyRing.open(dir.resolve("nadiya.key"), true, clock));
    }

    @Test
    void roundTripsUnicodeAndNamesTheKey() {
        var encryption = encryption();
        String sealed = encryption.encrypt("Олександр Ковальчук, +380 67 123 45 67", "victim.name:V-1");
        assertThat(sealed).startsWith("v1:k20260102030405:").doesNotContain("Олександр");
        assertThat(encryption.keyIdOf(sealed)).isEqualTo("k20260102030405");
        assertThat(encryption.decrypt(sealed, "victim.name:V-1")).isEqualTo("Олександр Ковальчук, +380 67 123 45 67");
    }

    @Test
    void sameTextEncryptsDifferentlyEachTime() {
        var encryption = encryption();
        assertThat(encryption.encrypt("x", "c")).isNotEqualTo(encryption.encrypt("x", "c"));
    }

    @Test
    void detectsATamperedCiphertext() {
        var encryption = encryption();
        String sealed = encryption.encrypt("secret", "t.c:1");
        String prefix = sealed.substring(0, sealed.lastIndexOf(':') + 1);
        byte[] data = Base64.getDecoder().decode(sealed.substring(prefix.length()));
        data[data.length - 1] ^= 1;
        String tampered = prefix + Base64.getEncoder().encodeToString(data);
        assertThatThrownBy(() -> encryption.decrypt(tampered, "t.c:1"))
                .isInstanceOf(TamperedFieldException.class).hasMessageContaining("integrity");
    }

    @Test
    void refusesACiphertextMovedToAnotherRow() {
        var encryption = encryption();
        String sealed = encryption.encrypt("secret", "t.c:1");
        assertThatThrownBy(() -> encryption.decrypt(sealed, "t.c:2")).isInstanceOf(TamperedFieldException.class);
    }

    @Test
    void refusesGarbage() {
        var encryption = encryption();
        assertThatThrownBy(() -> encryption.decrypt("plain text", "c")).isInstanceOf(TamperedFieldException.class);
        assertThatThrownBy(() -> encryption.decrypt("v1:k20260102030405:@@@", "c"))
                .isInstanceOf(TamperedFieldException.class);
    }

    @Test
    void oldCiphertextsStayReadableAfterANewKeyBecomesActive() {
        var encryption = encryption();
        String old = encryption.encrypt("before", "c");
        KeyRing next = encryption.ring().withNewActiveKey(Clock.offset(clock, java.time.Duration.ofDays(1)));
        next.save();
        encryption.use(next);
        String fresh = encryption.encrypt("after", "c");
        assertThat(encryption.keyIdOf(fresh)).isEqualTo("k20260103030405");
        assertThat(encryption.decrypt(old, "c")).isEqualTo("before");
        assertThat(encryption.decrypt(fresh, "c")).isEqualTo("after");
    }

    @Test
    void picksUpAKeyFileRewrittenByAnotherProcess() throws Exception {
        var server = encryption();
        var cli = new AesGcmFieldEncryption(KeyRing.open(dir.resolve("nadiya.key"), false, clock));
        KeyRing rotated = cli.ring().withNewActiveKey(Clock.offset(clock, java.time.Duration.ofDays(1)));
        Thread.sleep(20);
        rotated.save();
        String byCli = cli.encrypt("x", "c");
        cli.use(rotated);
        String afterRotation = cli.encrypt("y", "c");
        assertThat(server.decrypt(afterRotation, "c")).isEqualTo("y");
        assertThat(server.decrypt(byCli, "c")).isEqualTo("x");
        assertThat(server.activeKeyId()).isEqualTo(rotated.activeId());
    }
}
