package org.nadiya.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, point 5: temporary copies of statements live in the data directory, and what a crashed process left
 * there is gone when the next one starts.
 */
class TemporaryFilesTest {

    @TempDir
    Path dataDir;

    /** The child JVM of the crash test: makes its directory, leaves a clear statement copy in it, waits to be killed. */
    public static void main(String[] args) throws Exception {
        var files = new DataDirectoryTemporaryFiles(args[0]);
        Path upload = files.newDirectory("upload");
        Files.writeString(upload.resolve("statement.csv"), "date,from,to,amount\n2026-01-05,UA213223130000026007233566001,"
                + "UA903052992990004149123456789,970000\n");
        Files.writeString(files.multipartDirectory().resolve("upload_1.tmp"), "the container's copy of the part");
        System.out.println("ready " + upload);
        System.out.flush();
        Thread.sleep(60_000);
    }

    @Test
    void whatAProcessKilledWithSigkillLeftIsGoneAtTheNextStart() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                TemporaryFilesTest.class.getName(), dataDir.toString()).redirectErrorStream(true).start();
        Path left;
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("ready "));
            assertThat(line).as("the child started").isNotNull();
            left = Path.of(line.substring("ready ".length()));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(left).startsWith(dataDir.resolve("tmp"));
        assertThat(left.resolve("statement.csv")).as("the crash left a clear copy").exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("tmp"))))
                .isEqualTo("rwx------");

        var next = new DataDirectoryTemporaryFiles(dataDir.toString());
        try {
            assertThat(left).as("the next start removed it").doesNotExist();
            assertThat(left.getParent()).doesNotExist();
            try (var remaining = Files.list(dataDir.resolve("tmp"))) {
                assertThat(remaining.toList()).hasSize(1);
            }
            assertThat(next.multipartDirectory()).startsWith(dataDir.resolve("tmp"));
        } finally {
            next.close();
        }
    }

    @Test
    void aLiveProcessKeepsItsDirectoryWhenAnotherStartsOnTheSameDataDirectory() throws Exception {
        Files.createDirectories(dataDir.resolve("tmp"));
        Files.writeString(dataDir.resolve("tmp").resolve("nadiya-upload-stray.csv"), "stray");
        var server = new DataDirectoryTemporaryFiles(dataDir.toString());
        Path inFlight = server.newDirectory("analysis");
        Files.writeString(inFlight.resolve("statement-1.csv"), "x");
        var command = new DataDirectoryTemporaryFiles(dataDir.toString());
        try {
            assertThat(inFlight.resolve("statement-1.csv")).exists();
            assertThat(dataDir.resolve("tmp").resolve("nadiya-upload-stray.csv")).doesNotExist();
        } finally {
            command.close();
            server.close();
        }
        assertThat(inFlight).as("a normal stop removes the process' directory").doesNotExist();
    }
}
