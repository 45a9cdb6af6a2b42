package org.nadiya.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * What contributors share: the demo users' passwords, random per data directory (kept in
 * {@code demo-credentials.properties} there, owner-only) unless {@code NADIYA_DEMO_PASSWORD} sets one for all.
 */
public final class DemoContext {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Path credentialsFile;
    private final String fixedPassword;
    private final Properties passwords = new Properties();

    public DemoContext(Path dataDir, String fixedPassword) {
        this.credentialsFile = dataDir.resolve("demo-credentials.properties");
        this.fixedPassword = fixedPassword == null || fixedPassword.isBlank() ? null : fixedPassword;
        if (Files.exists(credentialsFile)) {
            try (Reader in = Files.newBufferedReader(credentialsFile, StandardCharsets.UTF_8)) {
                passwords.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + credentialsFile + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The password of a demo user: the stored one, or for a new user {@code NADIYA_DEMO_PASSWORD} or a random
     * one, stored so that the next run prints the same.
     */
    public synchronized String passwordFor(String username) {
        String known = passwords.getProperty(username);
        if (known != null) {
            return known;
        }
        String password = fixedPassword != null ? fixedPassword : randomPassword();
        passwords.setProperty(username, password);
        save();
        return password;
    }

    private static String randomPassword() {
        var random = new SecureRandom();
        var text = new StringBuilder("demo-");
        for (int i = 0; i < 14; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** Every demo user created in this data directory, with their password, by user name. */
    public synchronized java.util.SortedMap<String, String> users() {
        var all = new java.util.TreeMap<String, String>();
        passwords.stringPropertyNames().forEach(name -> all.put(name, passwords.getProperty(name)));
        return all;
    }

    private void save() {
        try {
            Files.createDirectories(credentialsFile.toAbsolutePath().getParent());
            if (!Files.exists(credentialsFile)) {
                Files.createFile(credentialsFile);
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(credentialsFile, PosixFilePermissions.fromString("rw-------"));
                }
            }
            try (Writer out = Files.newBufferedWriter(credentialsFile, StandardCharsets.UTF_8)) {
                passwords.store(out, "Nadiya demo users' passwords (demo data only)");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + credentialsFile + ": " + e.getMessage(), e);
        }
    }
}
