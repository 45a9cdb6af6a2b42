package org.nadiya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, end to end, as the README tells a newcomer to use it: the demo serves the login page and
 * its users sign in; a second run reuses the data; the CLI works beside the running server; the audit chain
 * verifies and catches a row altered by hand; serve creates the first administrator and refuses unusable keys
 * or databases with one line.
 */
class LauncherIT {

    @TempDir
    Path work;

    @Test
    void demoServesSignsInReusesDataAndTheAuditChainCatchesTampering() throws Exception {
        Path data = work.resolve("nadiya-data");
        Map<String, String> env = Map.of();
        int port = JarProcess.freePort();
        String investigatorPassword;
        try (var demo = JarProcess.start(work, env, "demo", "--port", String.valueOf(port), "--data-dir", data.toString())
                .awaitOutput("Stop with Ctrl+C")) {
            assertThat(demo.stdout()).contains("Demo data loaded", "http://localhost:" + port + "/");
            investigatorPassword = passwordOf(demo.stdout(), "investigator");
            assertThat(Files.getPosixFilePermissions(data.resolve("nadiya.key")))
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

            var web = new WebClient(port);
            var login = web.get("/login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("Вхід");
            assertThat(web.signIn("investigator", investigatorPassword)).endsWith("/");
            assertThat(web.get("/").body()).contains("Слідчий Демо-Вигаданий");

            // Relative, as a person types it: H2 itself would refuse "nadiya-data/nadiya".
            var verify = JarProcess.run(work, Map.of("NADIYA_DATA_DIR", "nadiya-data"), "audit", "verify");
            assertThat(verify.exitCode()).as(verify.output()).isZero();
            assertThat(verify.stdout()).containsPattern("audit chain intact: \\d+ entries");

            var token = JarProcess.run(work, Map.of("NADIYA_DATA_DIR", data.toString()), "user", "token", "analyst", "--json");
            assertThat(token.exitCode()).as(token.output()).isZero();
            assertThat(token.stdout()).contains("\"token\":\"nad_");

            var stats = JarProcess.run(work, Map.of("NADIYA_DATA_DIR", data.toString()), "stats", "victims", "--by",
                    "exploitation_form", "--json");
            assertThat(stats.exitCode()).as(stats.output()).isZero();
            assertThat(stats.stdout()).contains("\"FORCED_LABOUR\"", "\"SMALL\"", "\"PERTURBED\"")
                    .doesNotContainPattern("\"[1-4]\",\"PERTURBED\"");

            var rotate = JarProcess.run(work, Map.of("NADIYA_DATA_DIR", data.toString()), "keys", "rotate", "--json");
            assertThat(rotate.exitCode()).as(rotate.output()).isZero();
            var reencrypted = java.util.regex.Pattern.compile("\"fieldsReencrypted\":(\\d+)").matcher(rotate.stdout());
            assertThat(reencrypted.find()).as(rotate.stdout()).isTrue();
            assertThat(Integer.parseInt(reencrypted.group(1))).as("8 users' e-mails and the demo persons' identity fields")
                    .isGreaterThan(8);
            var admin = new WebClient(port);
            admin.signIn("admin", passwordOf(demo.stdout(), "admin"));
            assertThat(admin.get("/admin/users/3").body()).as("the running server reads fields under the new key")
                    .contains("@demo.invalid");
        }

        try (var again = JarProcess.start(work, env, "demo", "--port", String.valueOf(port), "--data-dir", data.toString())
                .awaitOutput("Stop with Ctrl+C")) {
            assertThat(again.stdout()).contains("already loaded");
            assertThat(passwordOf(again.stdout(), "investigator")).isEqualTo(investigatorPassword);
        }

        String url = "jdbc:h2:file:" + data.resolve("nadiya").toAbsolutePath();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .as("the embedded database has a generated password").hasMessageContaining("Wrong user name or password");
        String password = java.nio.file.Files.readString(data.resolve("db-password")).strip();
        // An intruder holding the data directory's password drops the append-only trigger and rewrites an entry.
        try (var db = DriverManager.getConnection(url, "sa", password); var update = db.createStatement()) {
            update.execute("drop trigger audit_entry_append_only");
            assertThat(update.executeUpdate("update audit_entry set actor = 'intruder' where seq = 3")).isOne();
        }
        var broken = JarProcess.run(work, Map.of("NADIYA_DATA_DIR", data.toString()), "audit", "verify");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.stdout()).contains("BROKEN at entry 3");
    }

    @Test
    void serveCreatesTheFirstAdministratorWithAOneTimePassword() throws Exception {
        Path data = work.resolve("prod-data");
        int port = JarProcess.freePort();
        try (var serve = JarProcess.start(work, Map.of("NADIYA_DATA_DIR", data.toString()), "serve", "--port",
                String.valueOf(port)).awaitOutput("Nadiya serves")) {
            var matcher = Pattern.compile("\\n  admin  (\\S+)").matcher(serve.stdout());
            assertThat(matcher.find()).as(serve.stdout()).isTrue();
            var web = new WebClient(port);
            assertThat(web.signIn("admin", matcher.group(1))).endsWith("/");
            assertThat(web.get("/").headers().firstValue("Location").orElse("")).endsWith("/account/password");
        }
        try (var second = JarProcess.start(work, Map.of("NADIYA_DATA_DIR", data.toString()), "serve", "--port",
                String.valueOf(port)).awaitOutput("Nadiya serves")) {
            assertThat(second.stdout()).doesNotContain("one-time password");
        }
    }

    @Test
    void serveRefusesAnUnusableKeyFileOrDatabaseInOneLine() throws Exception {
        var noKey = JarProcess.run(work, Map.of("NADIYA_DATA_DIR", work.resolve("d1").toString(),
                "NADIYA_KEY_FILE", work.resolve("missing/nadiya.key").toString()), "serve", "--port", "0");
        assertThat(noKey.exitCode()).isEqualTo(1);
        assertThat(noKey.stderr().strip()).startsWith("nadiya: cannot start: key file unusable").contains("does not exist");

        var noDb = JarProcess.run(work, Map.of("NADIYA_DATA_DIR", work.resolve("d2").toString(),
                "NADIYA_DB_URL", "jdbc:postgresql://127.0.0.1:1/nadiya"), "serve", "--port", "0");
        assertThat(noDb.exitCode()).isEqualTo(1);
        assertThat(noDb.stderr().strip()).startsWith("nadiya: cannot start: database unusable");
    }

    @Test
    void badInputExitsWithTwoAndOneLine() throws Exception {
        var data = Map.of("NADIYA_DATA_DIR", work.resolve("d3").toString());
        var badRole = JarProcess.run(work, data, "user", "add", "x", "--role", "nobody", "--agency", "NPU", "--region", "UA");
        assertThat(badRole.exitCode()).isEqualTo(2);
        assertThat(badRole.stderr()).contains("Invalid value for option '--role'");
        var badRegion = JarProcess.run(work, data, "user", "add", "bob", "--role", "analyst", "--agency", "NPU",
                "--region", "UA-99");
        assertThat(badRegion.exitCode()).isEqualTo(2);
        assertThat(badRegion.stderr().strip()).isEqualTo("nadiya: region: unknown region 'UA-99'; use an ISO 3166-2 "
                + "code such as UA-46, or UA for central");
        var badDimension = JarProcess.run(work, data, "stats", "victims", "--by", "shoe_size");
        assertThat(badDimension.exitCode()).isEqualTo(2);
        assertThat(badDimension.stderr()).contains("by: unknown dimension 'shoe_size'");
        var help = JarProcess.run(work, data, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("demo", "serve", "audit", "keys", "user");
    }

    private static String passwordOf(String output, String user) {
        var matcher = Pattern.compile("\\n  " + user + "\\s+(\\S+)").matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no password for " + user + " in:\n" + output);
        }
        return matcher.group(1);
    }
}
