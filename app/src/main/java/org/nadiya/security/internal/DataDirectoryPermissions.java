package org.nadiya.security.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the database is open, every file in the data directory (the H2 database, its lock and trace files, the key
 * file, demo credentials, checkpoints) is made owner-only (0600); the directory itself is 0700 from before the start
 * ({@link EmbeddedDatabaseHardening}). Files that appear later stay unreachable to others through the directory.
 */
@Component
class DataDirectoryPermissions {

    private final Path dir;

    DataDirectoryPermissions(@Value("${nadiya.data-dir}") String dataDir) {
        this.dir = Path.of(dataDir).toAbsolutePath().normalize();
    }

    @EventListener(ApplicationStartedEvent.class)
    void ownerOnly() {
        if (!Files.isDirectory(dir) || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (var files = Files.list(dir)) {
            files.filter(Files::isRegularFile).forEach(DataDirectoryPermissions::ownerOnly);
        } catch (IOException e) {
            // best effort: the directory's own permissions already keep others out
        }
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // a file that vanished meanwhile (a lock file) or one on a file system without POSIX permissions
        }
    }
}
