package org.nadiya.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions live in the database (Spring Session JDBC), so that every instance knows them: signing in stores the
 * session there, signing out deletes it, and a disabled user's session ends at its next request. Real HTTP with the
 * session cookie (the two-process test, TwoInstancesIT, shows the same across two instances).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:nadiya-sessions;DB_CLOSE_DELAY=-1",
        "nadiya.data-dir=target/test-data/sessions", "nadiya.cookie-secure=false",
        "NADIYA_DEMO_PASSWORD=" + org.nadiya.testsupport.DemoUsers.PASSWORD})
class SharedSessionsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sessionsAreStoredInTheDatabaseEndOnSignOutAndWhenTheUserIsDisabled() throws Exception {
        String name = "shared" + System.nanoTime() % 1_000_000;
        String password = "Спільні-сесії-" + System.nanoTime();
        users.createWithPassword(new NewUser(name, "Спільна Сесія", null, Set.of(Role.ANALYST), "NPU", "UA-32", false),
                password);

        var browser = new Browser();
        browser.signIn(name, password);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(sessionsOf(name)).isEqualTo(1);

        var form = CSRF.matcher(browser.get("/").body());
        assertThat(form.find()).isTrue();
        var out = browser.post("/logout", "_csrf=" + enc(form.group(1)));
        assertThat(out.headers().firstValue("Location").orElse("")).contains("/login?logout");
        assertThat(sessionsOf(name)).as("signing out deletes the session for every instance").isZero();

        var again = new Browser();
        again.signIn(name, password);
        String stolen = again.cookie;
        assertThat(again.get("/").statusCode()).isEqualTo(200);
        long id = users.find(name).orElseThrow().id();
        users.setEnabled(id, false);
        var ended = again.get("/");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(sessionsOf(name)).as("the disabled user's session is gone from the database").isZero();
        var replay = new Browser();
        replay.cookie = stolen;
        assertThat(replay.get("/").headers().firstValue("Location").orElse("")).contains("/login");
        users.setEnabled(id, true);
    }

    private int sessionsOf(String name) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :n").param("n", name)
                .query(Integer.class).single();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Keeps the session cookie by hand and does not follow redirects. */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private String cookie = "";

        HttpResponse<String> get(String path) throws Exception {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (!cookie.isEmpty()) {
                request.header("Cookie", cookie);
            }
            return remember(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            return remember(http.send(request, HttpResponse.BodyHandlers.ofString()));
        }

        void signIn(String name, String password) throws Exception {
            var matcher = CSRF.matcher(get("/login").body());
            assertThat(matcher.find()).isTrue();
            var response = post("/login", "username=" + enc(name) + "&password=" + enc(password) + "&_csrf="
                    + enc(matcher.group(1)));
            assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        private HttpResponse<String> remember(HttpResponse<String> response) {
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("NADIYA_SESSION="))
                    .findFirst().ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
            return response;
        }
    }
}
