package org.nadiya.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Issue 15, point 7: the embedded database is closed to other local users — its server on loopback only, the data
 * directory owner-only, a generated password kept there — and a data directory made by an older Nadiya (empty
 * password) still opens.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    private StandardEnvironment environment(String url) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url,
                "nadiya.data-dir", dir.toString(), "spring.datasource.username", "sa",
                "spring.datasource.password", "")));
        return environment;
    }

    @Test
    void anOlderDemoDataDirectoryGetsAGeneratedPasswordAndStillOpens() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("nadiya") + ";AUTO_SERVER=TRUE";
        try (var old = DriverManager.getConnection(url, "sa", ""); var s = old.createStatement()) {
            s.execute("create table kept (v varchar(10))");
            s.execute("insert into kept values ('still here')");
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

        var environment = environment(url);
        new EmbeddedDatabaseHardening().postProcessEnvironment(environment, new SpringApplication());

        String password = environment.getProperty("spring.datasource.password");
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        Path file = dir.resolve(EmbeddedDatabaseHardening.PASSWORD_FILE);
        assertThat(Files.readString(file).strip()).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(28000));
        try (var now = DriverManager.getConnection(url, "sa", password); var s = now.createStatement();
             var rs = s.executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }

        var again = environment(url);
        new EmbeddedDatabaseHardening().postProcessEnvironment(again, new SpringApplication());
        assertThat(again.getProperty("spring.datasource.password")).as("the next start reads the same")
                .isEqualTo(password);
        assertThat(System.getProperty("h2.bindAddress")).isEqualTo("127.0.0.1");
    }

    /** The child JVM of the next test: starts as the application does, opens the database, prints the lock file. */
    public static void main(String[] args) throws Exception {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url",
                args[0], "nadiya.data-dir", args[1], "spring.datasource.password", "")));
        new EmbeddedDatabaseHardening().postProcessEnvironment(environment, new SpringApplication());
        try (var c = DriverManager.getConnection(args[0], "sa", environment.getProperty("spring.datasource.password"))) {
            String lock = Files.readString(Path.of(args[1], "nadiya.lock.db"));
            var port = java.util.regex.Pattern.compile("server=[^\\s]*?:(\\d+)").matcher(lock.replace("\\:", ":"));
            if (port.find()) {
                String hexPort = String.format("%04X", Integer.parseInt(port.group(1)));
                // Linux lists listening sockets (state 0A) with their local address in hexadecimal.
                for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
                    for (String line : Files.readAllLines(Path.of(table))) {
                        String[] f = line.trim().split("\\s+");
                        if (f.length > 3 && f[1].endsWith(":" + hexPort) && "0A".equals(f[3])) {
                            System.out.println("listening=" + f[1].substring(0, f[1].indexOf(':')));
                        }
                    }
                }
            }
        }
    }

    @Test
    void theDatabasesServerForCommandsListensOnLoopbackOnly() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("nadiya") + ";AUTO_SERVER=TRUE";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseTest.class.getName(), url, dir.toString()).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor()).as(out).isZero();
        assertThat(out).as("H2's server for commands listens on 127.0.0.1 (0100007F, or ::ffff:127.0.0.1), not on"
                + " every interface").containsPattern("listening=(0000000000000000FFFF0000)?0100007F")
                .doesNotContain("listening=00000000\n").doesNotContain("listening=00000000000000000000000000000000");
    }

    @Test
    void aConfiguredPasswordAndOtherDatabasesAreLeftAlone() {
        var postgres = environment("jdbc:postgresql://127.0.0.1:5432/x");
        new EmbeddedDatabaseHardening().postProcessEnvironment(postgres, new SpringApplication());
        assertThat(postgres.getProperty("spring.datasource.password")).isEmpty();
        assertThat(dir.resolve(EmbeddedDatabaseHardening.PASSWORD_FILE)).doesNotExist();
    }
}
