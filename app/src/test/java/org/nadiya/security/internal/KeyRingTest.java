package org.nadiya.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemUTC();

    @Test
    void createsTheDefaultKeyFileOwnerOnly() throws Exception {
        Path file = dir.resolve("data/nadiya.key");
        var ring = KeyRing.open(file, true, clock);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(ring.activeId()).hasSize(KeyRing.KEY_ID_LENGTH);
        assertThat(KeyRing.open(file, false, clock).activeId()).isEqualTo(ring.activeId());
    }

    @Test
    void refusesAMissingKeyFileThatMayNotBeCreated() {
        assertThatThrownBy(() -> KeyRing.open(dir.resolve("elsewhere.key"), false, clock))
                .isInstanceOf(KeyFileException.class).hasMessageContaining("does not exist");
    }

    @Test
    void refusesAKeyFileOthersCanRead() throws Exception {
        Path file = dir.resolve("nadiya.key");
        KeyRing.open(file, true, clock);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> KeyRing.open(file, false, clock))
                .isInstanceOf(KeyFileException.class).hasMessageContaining("chmod 600");
    }

    @Test
    void refusesDamagedKeys() throws Exception {
        Path file = dir.resolve("nadiya.key");
        write(file, "active=k1\nk1=not-base64!!\n");
        assertThatThrownBy(() -> KeyRing.open(file, false, clock)).hasMessageContaining("not valid Base64");
        write(file, "active=k1\nk1=AAAA\n");
        assertThatThrownBy(() -> KeyRing.open(file, false, clock)).hasMessageContaining("AES-256 needs 256");
        write(file, "k1=" + "A".repeat(43) + "=\n");
        assertThatThrownBy(() -> KeyRing.open(file, false, clock)).hasMessageContaining("no usable active key");
    }

    @Test
    void aNewKeyGetsANewIdEvenWithinTheSameSecond() {
        var fixed = Clock.fixed(java.time.Instant.parse("2026-05-05T05:05:05Z"), java.time.ZoneOffset.UTC);
        var ring = KeyRing.open(dir.resolve("nadiya.key"), true, fixed);
        var next = ring.withNewActiveKey(fixed);
        assertThat(next.activeId()).isNotEqualTo(ring.activeId()).hasSize(KeyRing.KEY_ID_LENGTH);
        assertThat(next.has(ring.activeId())).isTrue();
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
}
