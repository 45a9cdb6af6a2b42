package org.nadiya.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

@NadiyaTest
class HeadersAndErrorsTest extends DemoWebTest {

    @LocalServerPort
    int port;

    @Test
    void everyPageCarriesStrictSecurityHeaders() throws Exception {
        var response = mvc.perform(get("/login")).andReturn().getResponse();
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void pagesHaveNoInlineScriptsOrStyles() throws Exception {
        var session = SignIn.demo(mvc, "admin");
        for (String page : new String[] {"/", "/account", "/admin/users", "/admin/agencies", "/admin/audit"}) {
            String html = mvc.perform(get(page).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(html).as(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("style=\"")
                    .doesNotContain(" onclick=");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlySecureAndStrict() throws Exception {
        var connection = (java.net.HttpURLConnection) java.net.URI.create("http://localhost:" + port + "/login").toURL()
                .openConnection();
        String cookie = connection.getHeaderFields().entrySet().stream()
                .filter(e -> "Set-Cookie".equalsIgnoreCase(e.getKey())).flatMap(e -> e.getValue().stream())
                .filter(c -> c.startsWith("NADIYA_SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "Secure", "SameSite=Strict");
    }

    @Autowired
    org.springframework.core.env.Environment environment;

    @Test
    void sessionsExpireAfterThirtyIdleMinutes() {
        assertThat(environment.getProperty("server.servlet.session.timeout", java.time.Duration.class))
                .isEqualTo(java.time.Duration.ofMinutes(30));
    }

    @Test
    void errorsRevealNothingInternal() throws Exception {
        var session = SignIn.demo(mvc, "analyst");
        var page = mvc.perform(get("/no/such/page").session(session)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(404);
        var api = mvc.perform(get("/api/v1/no-such").session(session)).andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString();
        assertThat(api).doesNotContain("Exception", "trace", "org.");
        mvc.perform(get("/api/v1/admin/users/abc").session(session)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
    }

    @Test
    void theOpenApiDocumentIsServedToSignedInUsers() throws Exception {
        var session = SignIn.demo(mvc, "researcher");
        mvc.perform(get("/v3/api-docs").session(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists());
    }
}
