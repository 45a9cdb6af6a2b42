package org.nadiya.security.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The field-encryption keys, kept in a file outside the database: one line per key id and the id of the
 * active key. The file is written atomically with owner-only permissions.
 */
final class KeyRing {

    private static final DateTimeFormatter KEY_ID = DateTimeFormatter.ofPattern("'k'yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);
    private static final String ACTIVE = "active";
    /** Every key id is 'k' and a UTC time to the second: 15 characters, which SQL can cut out of a ciphertext. */
    static final int KEY_ID_LENGTH = 15;

    private final Path file;
    private final Map<String, SecretKey> keys;
    private final String activeId;
    private final long loadedModified;

    private KeyRing(Path file, Map<String, SecretKey> keys, String activeId) {
        this.file = file;
        this.keys = Map.copyOf(keys);
        this.activeId = activeId;
        this.loadedModified = lastModified(file);
    }

    private static long lastModified(Path file) {
        try {
            return Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * This ring, or the file's current content when another process (e.g. {@code ./nadiya keys rotate} beside a
     * running server) has rewritten it since.
     */
    KeyRing refreshed() {
        return lastModified(file) == loadedModified ? this : load(file);
    }

    /** Loads the key file, creating it with a fresh key when {@code mayCreate} and it does not exist. */
    static KeyRing open(Path file, boolean mayCreate, Clock clock) {
        if (!Files.exists(file)) {
            if (!mayCreate) {
                throw new KeyFileException("key file " + file + " does not exist (set NADIYA_KEY_FILE to the "
                        + "file that holds the keys, or restore it from its backup)");
            }
            var ring = new KeyRing(file, Map.of(), null).withNewActiveKey(clock);
            ring.save();
            return ring;
        }
        return load(file);
    }

    private static KeyRing load(Path file) {
        if (!Files.isReadable(file)) {
            throw new KeyFileException("key file " + file + " cannot be read by this user");
        }
        if (ownerOnlyCheckApplies(file)) {
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                    throw new KeyFileException("key file " + file + " is accessible to other users; run: chmod 600 "
                            + file);
                }
            } catch (IOException e) {
                throw new KeyFileException("key file " + file + ": cannot read its permissions: " + e.getMessage());
            }
        }
        var props = new Properties();
        try {
            props.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new KeyFileException("key file " + file + " cannot be read: " + e.getMessage());
        }
        String active = props.getProperty(ACTIVE);
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String name : props.stringPropertyNames()) {
            if (name.equals(ACTIVE)) {
                continue;
            }
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(props.getProperty(name).trim());
            } catch (IllegalArgumentException e) {
                throw new KeyFileException("key file " + file + ": key " + name + " is not valid Base64");
            }
            if (raw.length != 32) {
                throw new KeyFileException("key file " + file + ": key " + name + " is " + raw.length * 8
                        + " bits, AES-256 needs 256");
            }
            keys.put(name, new SecretKeySpec(raw, "AES"));
        }
        if (active == null || !keys.containsKey(active)) {
            throw new KeyFileException("key file " + file + " names no usable active key (line 'active=<key id>')");
        }
        return new KeyRing(file, keys, active);
    }

    private static boolean ownerOnlyCheckApplies(Path file) {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    KeyRing withNewActiveKey(Clock clock) {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        var at = clock.instant();
        String id = KEY_ID.format(at);
        while (keys.containsKey(id)) {
            at = at.plusSeconds(1);
            id = KEY_ID.format(at);
        }
        Map<String, SecretKey> next = new LinkedHashMap<>(keys);
        next.put(id, new SecretKeySpec(bytes, "AES"));
        return new KeyRing(file, next, id);
    }

    /** The same keys with another one active (used to keep the old key active until data is re-encrypted). */
    KeyRing activating(String id) {
        if (!keys.containsKey(id)) {
            throw new IllegalArgumentException("no key " + id);
        }
        return new KeyRing(file, keys, id);
    }

    void save() {
        var text = new StringBuilder("# Nadiya field-encryption keys. Keep this file outside the database and its\n"
                + "# backups, back it up separately, and never delete a key while a backup may need it.\n");
        text.append(ACTIVE).append('=').append(activeId).append('\n');
        keys.forEach((id, key) -> text.append(id).append('=')
                .append(Base64.getEncoder().encodeToString(key.getEncoded())).append('\n'));
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".nadiya-key", ".tmp");
            if (ownerOnlyCheckApplies(tmp)) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new KeyFileException("key file " + file + " cannot be written: " + e.getMessage());
        }
    }

    SecretKey key(String id) {
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new KeyFileException("key " + id + " is not in the key file " + file
                    + "; restore the key file that holds it");
        }
        return key;
    }

    boolean has(String id) {
        return keys.containsKey(id);
    }

    String activeId() {
        return activeId;
    }

    /** The first key ever made: never removed, so secrets derived from it outlive rotations. */
    SecretKey oldestKey() {
        return keys.entrySet().stream().min(Map.Entry.comparingByKey()).map(Map.Entry::getValue).orElseThrow();
    }

    SecretKey activeKey() {
        return keys.get(activeId);
    }

    Path file() {
        return file;
    }
}
