package org.nadiya.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Output written beside the target and moved into place at the end, so a failed run leaves no half file. */
final class MatchFiles {

    private MatchFiles() {
    }

    static Path partialFor(Path out) {
        Path absolute = out.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("--out: " + out + " is a directory");
        }
        if (absolute.getParent() != null && !Files.isDirectory(absolute.getParent())) {
            throw new IllegalArgumentException("--out: no such directory: " + absolute.getParent());
        }
        return absolute.resolveSibling(absolute.getFileName() + ".partial");
    }

    static void publish(Path partial, Path out) throws IOException {
        Files.move(partial, out.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
