package org.nadiya.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A minimal browser for the launcher tests: keeps the session cookie by hand (the JDK's cookie store never
 * sends a Secure cookie over plain http, real browsers do on localhost) and submits the login form.
 */
final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String cookie = "";

    WebClient(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<String> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return remember(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Signs in through the form and returns where the server redirects afterwards. */
    String signIn(String username, String password) throws Exception {
        var page = get("/login");
        var matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(matcher.group(1));
        var request = HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        var response = remember(http.send(request, HttpResponse.BodyHandlers.ofString()));
        return response.headers().firstValue("Location").orElse("");
    }

    /** Submits a form with the CSRF token of the page {@code formPage}; returns the response (redirects not followed). */
    HttpResponse<String> post(String formPage, String path, java.util.Map<String, String> fields) throws Exception {
        var matcher = CSRF.matcher(get(formPage).body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on " + formPage);
        }
        var form = new StringBuilder("_csrf=" + enc(matcher.group(1)));
        fields.forEach((k, v) -> form.append('&').append(enc(k)).append('=').append(enc(v)));
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
        return remember(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** The session cookie ({@code NADIYA_SESSION=…}), to present the same session to another instance. */
    String cookie() {
        return cookie;
    }

    /** A client on another port (another instance) holding this client's session cookie. */
    WebClient sameSessionOn(int port) {
        var other = new WebClient(port);
        other.cookie = cookie;
        return other;
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("NADIYA_SESSION="))
                .findFirst().ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
        return response;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
