package org.nadiya.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.UUID;

import jakarta.annotation.PreDestroy;

import org.nadiya.security.TemporaryFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code <data dir>/tmp/run-<random>/}: one private directory per running process, held by a file lock for the
 * process' life. At start-up every other directory under {@code tmp} whose lock is free — its process ended, by a
 * crash or {@code kill -9} too — is deleted with what it holds, so clear copies of statements do not outlive the
 * process that made them beyond the next start. Several processes on one data directory (the server and a command)
 * leave each other's directories alone. POI's temporary files (spreadsheets) go here too.
 */
@Component
class DataDirectoryTemporaryFiles implements TemporaryFiles {

    private final Path root;
    private final Path mine;
    private final FileChannel lockChannel;
    private final FileLock lock;

    DataDirectoryTemporaryFiles(@Value("${nadiya.data-dir}") String dataDir) {
        this.root = Path.of(dataDir).toAbsolutePath().normalize().resolve("tmp");
        try {
            Files.createDirectories(root);
            ownerOnly(root);
            removeLeftovers(root);
            mine = root.resolve("run-" + UUID.randomUUID());
            Files.createDirectory(mine);
            ownerOnly(mine);
            lockChannel = FileChannel.open(mine.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.lock();
            Files.createDirectory(mine.resolve("multipart"));
            Files.createDirectory(mine.resolve("poi"));
        } catch (IOException e) {
            throw new UncheckedIOException("temporary directory under " + root + " cannot be made", e);
        }
        org.apache.poi.util.TempFile.setTempFileCreationStrategy(
                new org.apache.poi.util.DefaultTempFileCreationStrategy(mine.resolve("poi").toFile()));
    }

    /** Deletes what processes that are gone left under {@code root}; returns how many directories were removed. */
    static int removeLeftovers(Path root) throws IOException {
        int removed = 0;
        try (var entries = Files.list(root)) {
            for (Path entry : entries.toList()) {
                if (Files.isDirectory(entry) && heldByALiveProcess(entry)) {
                    continue;
                }
                delete(entry);
                removed++;
            }
        }
        return removed;
    }

    private static boolean heldByALiveProcess(Path dir) {
        Path lockFile = dir.resolve(".lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            var probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this very process (another application context)
        } catch (IOException e) {
            return true;
        }
    }

    static void delete(Path path) {
        try (var paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // what could not be deleted now is deleted at the next start
        }
    }

    private static void ownerOnly(Path dir) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Override
    public Path newDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(mine, prefix);
    }

    @Override
    public Path multipartDirectory() {
        return mine.resolve("multipart");
    }

    /** A normal stop removes this process' directory at once. */
    @PreDestroy
    void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            // the next start removes it
        }
        delete(mine);
    }
}
