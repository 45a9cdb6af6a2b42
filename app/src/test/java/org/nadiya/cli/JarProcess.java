package org.nadiya.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged jar run as a newcomer runs it: a separate JVM, its output in files. */
final class JarProcess implements AutoCloseable {

    static final Path JAR = Path.of("target/nadiya-exec.jar");

    private final Process process;
    private final Path out;
    private final Path err;

    private JarProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    static JarProcess start(Path workDir, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        Files.createDirectories(workDir);
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        var builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("NADIYA_"));
        builder.environment().putAll(env);
        return new JarProcess(builder.start(), out, err);
    }

    /** Runs a command to its end and returns it (exit code and output readable). */
    static JarProcess run(Path workDir, Map<String, String> env, String... args) throws Exception {
        var p = start(workDir, env, args);
        if (!p.process.waitFor(120, TimeUnit.SECONDS)) {
            p.close();
            throw new IllegalStateException("nadiya " + String.join(" ", args) + " did not finish:\n" + p.output());
        }
        return p;
    }

    /** Waits until standard output contains the text, failing if the process ends first. */
    JarProcess awaitOutput(String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (stdout().contains(text)) {
                return this;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("ended with " + process.exitValue() + " before printing '" + text
                        + "':\n" + output());
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("timed out waiting for '" + text + "':\n" + output());
    }

    int exitCode() {
        return process.exitValue();
    }

    String stdout() throws IOException {
        return Files.readString(out);
    }

    String stderr() throws IOException {
        return Files.readString(err);
    }

    String output() throws IOException {
        return stdout() + "\n--- stderr ---\n" + stderr();
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops it as Ctrl+C would (SIGTERM: Spring closes the context and the database cleanly). */
    /** SIGKILL, as {@code kill -9}: no shutdown hook, nothing flushed or handed back. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
