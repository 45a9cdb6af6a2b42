package org.nadiya.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded database closed to other local users (issue 15, point 7), before anything opens it:
 * <ul>
 * <li>H2's servers (AUTO_SERVER, which lets the command line work beside the running server) listen on the loopback
 * interface only ({@code h2.bindAddress});</li>
 * <li>the data directory is made owner-only (0700), so no other user can read the database, lock or key files in
 * it, whatever their own permissions;</li>
 * <li>an H2 file database without a configured password gets a generated one, kept in {@code db-password} in the data
 * directory (0600); a database made before with the empty password is given it at its next start (the upgrade).</li>
 * </ul>
 * PostgreSQL and in-memory databases are left alone.
 */
class EmbeddedDatabaseHardening implements EnvironmentPostProcessor, Ordered {

    static final String PASSWORD_FILE = "db-password";
    /** H2's error code for a wrong user name or password. */
    private static final int WRONG_PASSWORD = 28000;

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        String url = environment.getProperty("spring.datasource.url", "");
        String dataDir = environment.getProperty("nadiya.data-dir");
        if (!url.startsWith("jdbc:h2:file:") || dataDir == null) {
            return;
        }
        Path dir = Path.of(dataDir).toAbsolutePath().normalize();
        ownerOnly(dir);
        String password = environment.getProperty("spring.datasource.password", "");
        if (!password.isEmpty()) {
            return;
        }
        String user = environment.getProperty("spring.datasource.username", "sa");
        String generated = storedOrNewPassword(dir.resolve(PASSWORD_FILE));
        upgradeEmptyPassword(url, user, generated);
        environment.getPropertySources().addFirst(new MapPropertySource("nadiya-embedded-database-password",
                Map.of("spring.datasource.password", generated)));
    }

    /** Creates the directory owner-only, or takes group and other permissions away from an existing one. */
    static void ownerOnly(Path dir) {
        try {
            Files.createDirectories(dir);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("data directory " + dir + " cannot be made private", e);
        }
    }

    private static String storedOrNewPassword(Path file) {
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!stored.isEmpty()) {
                    return stored;
                }
            }
            String password = Secrets.password() + Secrets.password();
            Files.deleteIfExists(file);
            Files.createFile(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("database password file " + file + " cannot be written", e);
        }
    }

    /**
     * A database made by an older Nadiya has the empty password: when the generated one is refused and the empty one
     * accepted, the generated one is set (the password file was written first, so a crash here is repeated safely).
     */
    private static void upgradeEmptyPassword(String url, String user, String password) {
        try (var connection = DriverManager.getConnection(url, user, password)) {
            return;
        } catch (SQLException e) {
            if (e.getErrorCode() != WRONG_PASSWORD) {
                return; // not ours to judge here: the application's own start reports it
            }
        }
        if (!user.matches("[A-Za-z][A-Za-z0-9_]*") || !password.matches("[A-Za-z0-9]+")) {
            return;
        }
        try (var connection = DriverManager.getConnection(url, user, "");
             var statement = connection.createStatement()) {
            statement.execute("alter user " + user + " set password '" + password + "'");
        } catch (SQLException e) {
            // Neither password works: the start fails with H2's own message about the credentials.
        }
    }
}
