package org.nadiya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nadiya.testsupport.RequiresPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two real application processes on one PostgreSQL database, as a national deployment runs them (issue 21): a
 * statement uploaded and analysed on instance A, A killed with {@code kill -9} while the analysis runs, instance B
 * takes the job over and finishes it, with one set of results; a session made on A is valid on B, and ends on both
 * when the user is disabled.
 */
@ExtendWith(RequiresPostgres.class)
class TwoInstancesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    private String database;

    @AfterEach
    void dropDatabase() throws Exception {
        if (database != null) {
            try (var c = admin()) {
                c.createStatement().execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    @Test
    void anAnalysisSurvivesItsInstanceAndSessionsHoldAcrossInstances() throws Exception {
        database = "nadiya_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var c = admin()) {
            c.createStatement().execute("create database " + database);
        }
        String url = System.getenv("NADIYA_TEST_PG_URL").replaceFirst("/[^/?]+(\\?.*)?$", "/" + database);
        Map<String, String> env = new HashMap<>(Map.of(
                "NADIYA_DATA_DIR", work.resolve("data").toString(),
                "NADIYA_DB_URL", url,
                "NADIYA_DB_USER", System.getenv().getOrDefault("NADIYA_TEST_PG_USER", "postgres"),
                "NADIYA_DB_PASSWORD", System.getenv().getOrDefault("NADIYA_TEST_PG_PASSWORD", ""),
                // An instance is taken for dead 4 missed heartbeats (4 s) after it stopped beating.
                "NADIYA_JOBS_HEARTBEAT", "1s", "NADIYA_JOBS_POLLING", "500ms"));

        int portA = JarProcess.freePort();
        var a = JarProcess.start(work, with(env, "NADIYA_JOBS_INSTANCENAME", "instance-a"), "serve", "--port",
                String.valueOf(portA)).awaitOutput("Nadiya serves");
        int portB = JarProcess.freePort();
        try (var b = JarProcess.start(work, with(env, "NADIYA_JOBS_INSTANCENAME", "instance-b"), "serve", "--port",
                String.valueOf(portB)).awaitOutput("Nadiya serves")) {
            try {
                activated(env, "it-prosecutor", "prosecutor", "PROSECUTOR", portA);
                String token = token(env, "it-prosecutor");
                var api = new Api(portA, token);
                long proceeding = api.post("/api/v1/proceedings", "application/json", JSON.writeValueAsBytes(Map.of(
                        "erdrNumber", String.format("%017d", System.nanoTime() % 100_000_000_000_000L),
                        "registeredOn", LocalDate.now().minusDays(10).toString(), "regionCode", "UA-32",
                        "summary", "Два екземпляри: аналіз виписки", "qualifications", List.of("149.2"),
                        "exploitationForms", List.of("FORCED_LABOUR"), "investigativeBody", "NPU"))).get("id").asLong();

                Path statement = work.resolve("statement.csv");
                var generated = JarProcess.run(work, Map.of(), "flow", "generate", "--accounts", "40000",
                        "--transactions", "400000", "--seed", "21", "--plant", "--out", statement.toString());
                assertThat(generated.exitCode()).as(generated.output()).isZero();
                api.upload("/api/v1/proceedings/" + proceeding + "/finance/statements", statement);

                long analysis = api.post("/api/v1/proceedings/" + proceeding + "/finance/analyses", "application/json",
                        "{}".getBytes(StandardCharsets.UTF_8)).get("id").asLong();

                // Kill A the moment it runs the job.
                String ranOn = awaitJob(analysis, "RUNNING", Duration.ofSeconds(60));
                assertThat(ranOn).isEqualTo("instance-a");
                a.kill();

                awaitJob(analysis, "DONE", Duration.ofSeconds(180));
                try (var c = connect(url)) {
                    var job = row(c, "select state, attempts, instance from job where kind = 'finance.analysis'"
                            + " and subject_key = '" + analysis + "'");
                    assertThat(job).containsEntry("state", "DONE").containsEntry("attempts", "2")
                            .containsEntry("instance", "instance-b");
                    var run = row(c, "select status, findings, alerts from finance_analysis where id = " + analysis);
                    assertThat(run.get("status")).isEqualTo("DONE");
                    assertThat(Integer.parseInt(run.get("findings"))).isPositive();
                    assertThat(row(c, "select count(*) as n from finance_finding where analysis_id = " + analysis))
                            .as("one set of findings, none twice").containsEntry("n", run.get("findings"));
                    assertThat(row(c, "select count(*) as n from finance_alert where analysis_id = " + analysis))
                            .containsEntry("n", run.get("alerts"));
                    assertThat(row(c, "select count(*) as n from scheduled_tasks where task_name = 'nadiya-job'"))
                            .containsEntry("n", "0");
                    assertThat(row(c, "select count(*) as n, count(distinct task_name) as names from scheduled_tasks"
                            + " where task_name <> 'nadiya-job'")).as("recurring work: one row per name, run by one"
                            + " instance at a time").containsEntry("n", "4").containsEntry("names", "4");
                }
                var onB = new Api(portB, token).get("/api/v1/proceedings/" + proceeding + "/finance/analyses/" + analysis);
                assertThat(onB.get("status").asString()).isEqualTo("DONE");

                // A session made on one instance is valid on the other and ends on both when the user is disabled.
                try (var a2 = JarProcess.start(work, with(env, "NADIYA_JOBS_INSTANCENAME", "instance-a2"), "serve",
                        "--port", String.valueOf(portA)).awaitOutput("Nadiya serves")) {
                    var onA = activated(env, "it-analyst", "analyst", "NPU", portA);
                    assertThat(onA.get("/").statusCode()).isEqualTo(200);
                    var sessionOnB = onA.sameSessionOn(portB);
                    var home = sessionOnB.get("/");
                    assertThat(home.statusCode()).as("the session made on A is valid on B").isEqualTo(200);

                    var disabled = JarProcess.run(work, env, "user", "disable", "it-analyst");
                    assertThat(disabled.exitCode()).as(disabled.output()).isZero();
                    for (var client : List.of(sessionOnB, onA)) {
                        var ended = client.get("/");
                        assertThat(ended.statusCode()).isEqualTo(302);
                        assertThat(ended.headers().firstValue("Location").orElse("")).contains("/login");
                    }
                }
            } finally {
                a.close();
            }
        }
    }

    private String awaitJob(long analysis, String state, Duration within) throws Exception {
        Instant until = Instant.now().plus(within);
        try (var c = connect(System.getenv("NADIYA_TEST_PG_URL").replaceFirst("/[^/?]+(\\?.*)?$", "/" + database))) {
            while (Instant.now().isBefore(until)) {
                var rows = c.createStatement().executeQuery("select state, instance from job where kind = "
                        + "'finance.analysis' and subject_key = '" + analysis + "'");
                if (rows.next() && state.equals(rows.getString(1))) {
                    return rows.getString(2);
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("analysis " + analysis + " never reached " + state);
    }

    /**
     * A user made with the command line who signed in on the instance at {@code port}, changed the one-time
     * password (which ends that session) and signed in again: the browser holding the new session.
     */
    private WebClient activated(Map<String, String> env, String name, String role, String agency, int port)
            throws Exception {
        var add = JarProcess.run(work, env, "user", "add", name, "--role", role, "--agency", agency, "--region",
                "UA-32", "--json");
        assertThat(add.exitCode()).as(add.output()).isZero();
        var m = Pattern.compile("\"oneTimePassword\":\"([^\"]+)\"").matcher(add.stdout());
        assertThat(m.find()).as(add.stdout()).isTrue();
        var web = new WebClient(port);
        assertThat(web.signIn(name, m.group(1))).endsWith("/");
        String chosen = "Два-екземпляри-" + UUID.randomUUID();
        var changed = web.post("/account/password", "/account/password", Map.of("currentPassword", m.group(1),
                "newPassword", chosen, "confirmPassword", chosen));
        assertThat(changed.headers().firstValue("Location").orElse("")).as(changed.body()).contains("/login?changed");
        var signedIn = new WebClient(port);
        assertThat(signedIn.signIn(name, chosen)).endsWith("/");
        return signedIn;
    }

    /** A personal access token for the API, issued with the command line. */
    private String token(Map<String, String> env, String name) throws Exception {
        var issued = JarProcess.run(work, env, "user", "token", name, "--json");
        assertThat(issued.exitCode()).as(issued.output()).isZero();
        var m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(issued.stdout());
        assertThat(m.find()).as(issued.stdout()).isTrue();
        return m.group(1);
    }

    private static Map<String, String> with(Map<String, String> env, String key, String value) {
        var copy = new HashMap<>(env);
        copy.put(key, value);
        return copy;
    }

    private static Map<String, String> row(Connection c, String sql) throws Exception {
        var rs = c.createStatement().executeQuery(sql);
        assertThat(rs.next()).as(sql).isTrue();
        var out = new HashMap<String, String>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            out.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getString(i));
        }
        return out;
    }

    private static Connection admin() throws Exception {
        return connect(System.getenv("NADIYA_TEST_PG_URL"));
    }

    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, System.getenv().getOrDefault("NADIYA_TEST_PG_USER", "postgres"),
                System.getenv().getOrDefault("NADIYA_TEST_PG_PASSWORD", ""));
    }

    /** The API with a bearer token. */
    private record Api(int port, String token) {

        private static final HttpClient HTTP = HttpClient.newHttpClient();

        JsonNode get(String path) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        JsonNode post(String path, String type, byte[] body) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        }

        JsonNode upload(String path, Path file) throws Exception {
            String boundary = "nadiya" + UUID.randomUUID();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"statement.csv\""
                    + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                            HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail))));
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private JsonNode send(HttpRequest.Builder request) throws Exception {
            var response = HTTP.send(request.header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(request.build().uri() + ": " + response.body()).isBetween(200, 299);
            return JSON.readTree(response.body());
        }
    }
}
