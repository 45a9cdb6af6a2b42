package org.nadiya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bash launcher `./nadiya`: runs the jar, and refuses a Java older than 17 with a clear message. */
class LauncherScriptIT {

    private static final Path LAUNCHER = Path.of("../nadiya").toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void runsTheJarWithTheGivenCommand() throws Exception {
        var result = run(System.getProperty("java.home"), "--version");
        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).contains("Nadiya");
    }

    @Test
    void refusesAJavaOlderThan17() throws Exception {
        Path fakeHome = work.resolve("jdk11");
        Files.createDirectories(fakeHome.resolve("bin"));
        Path java = fakeHome.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho '    java.specification.version = 11' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        var result = run(fakeHome.toString(), "demo");
        assertThat(result[0]).isEqualTo("1");
        assertThat(result[1]).contains("Java 11").contains("needs JDK 17 or newer");
    }

    private String[] run(String javaHome, String... args) throws Exception {
        var command = new java.util.ArrayList<String>();
        command.add("bash");
        command.add(LAUNCHER.toString());
        command.addAll(java.util.List.of(args));
        var builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome);
        var process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String[] {String.valueOf(process.exitValue()), output};
    }
}
