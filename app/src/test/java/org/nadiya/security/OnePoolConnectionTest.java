package org.nadiya.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.demo.DemoLoader;
import org.nadiya.testsupport.DemoUsers;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 15, point 2: no request path needs two pool connections at once. The application runs with a pool of ONE
 * connection (a request that asked for a second would wait for itself until the pool's time-out and fail with 500);
 * every GET route the application maps is driven as each demo role, with ids that exist and ids the user may not see
 * (so both audited reads and audited refusals run), and the audited reads are then driven concurrently.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:nadiya-one-connection;DB_CLOSE_DELAY=-1",
        "spring.datasource.hikari.maximum-pool-size=1",
        "spring.datasource.hikari.connection-timeout=5000",
        // Flyway holds a second connection while it migrates at start; it gets its own, outside the pool.
        "spring.flyway.url=jdbc:h2:mem:nadiya-one-connection;DB_CLOSE_DELAY=-1", "spring.flyway.user=sa",
        "nadiya.data-dir=target/test-data/one-connection",
        "NADIYA_DEMO_PASSWORD=" + DemoUsers.PASSWORD,
        // MockMvc keeps sessions in MockHttpSession objects (as @NadiyaTest).
        "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration"})
@AutoConfigureMockMvc
class OnePoolConnectionTest {

    private static final List<String> USERS = List.of("admin", "prosecutor", "investigator", "operative", "analyst",
            "coordinator", "partner", "researcher");
    private static final List<String> IDS = List.of("1", "2", "3", "5");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLoader demo;

    @Autowired
    UserAdministration users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeEach
    void demoData() {
        demo.load();
    }

    private List<String> getRoutes() {
        List<String> paths = new ArrayList<>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (pattern.startsWith("/swagger") || pattern.startsWith("/v3/api-docs") || pattern.equals("/logout")
                        || pattern.equals("/error")) {
                    continue;
                }
                for (String id : pattern.contains("{") ? IDS : List.of("")) {
                    paths.add(pattern.replaceAll("\\{[^}]+}", id).replace("/**", "/x"));
                }
            }
        }
        return paths;
    }

    @Test
    void everyGetRouteAnswersWithOneConnectionAsEveryRole() throws Exception {
        var routes = getRoutes();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String user : USERS) {
            var session = SignIn.demo(mvc, user);
            for (String path : routes) {
                var response = mvc.perform(request(HttpMethod.GET, path).session(session).param("reason", "pool test")
                        .param("q", "Olena")).andReturn().getResponse();
                requests++;
                if (response.getStatus() >= 500) {
                    failures.add(user + " GET " + path + " -> " + response.getStatus());
                }
            }
        }
        String token = users.issueToken(users.find("prosecutor").orElseThrow().id(), "pool", 1).secret();
        for (String path : routes) {
            if (path.startsWith("/api/")) {
                var response = mvc.perform(get(path).header("Authorization", "Bearer " + token)
                        .param("reason", "pool test").param("q", "Olena")).andReturn().getResponse();
                requests++;
                if (response.getStatus() >= 500) {
                    failures.add("token GET " + path + " -> " + response.getStatus());
                }
            }
        }
        assertThat(requests).isGreaterThan(500);
        assertThat(failures).as("requests that needed a second pool connection (or failed otherwise)").isEmpty();
    }

    @Test
    void auditedReadsAndRefusalsRunConcurrentlyOnOneConnection() throws Exception {
        MockHttpSession prosecutor = SignIn.demo(mvc, "prosecutor");
        MockHttpSession operative = SignIn.demo(mvc, "operative");
        MockHttpSession coordinator = SignIn.demo(mvc, "coordinator");
        String token = users.issueToken(users.find("analyst").orElseThrow().id(), "pool", 1).secret();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = IDS.get(i % IDS.size());
            calls.add(() -> mvc.perform(get("/api/v1/links/search").session(prosecutor).param("q", "Olena"))
                    .andReturn().getResponse().getStatus());
            calls.add(() -> mvc.perform(get("/api/v1/persons/" + id + "/identity").session(operative)
                    .param("reason", "pool test")).andReturn().getResponse().getStatus());
            calls.add(() -> mvc.perform(get("/api/v1/proceedings/" + id).session(coordinator))
                    .andReturn().getResponse().getStatus());
            calls.add(() -> mvc.perform(get("/api/v1/links/search").header("Authorization", "Bearer " + token)
                    .param("q", "Olena")).andReturn().getResponse().getStatus());
            calls.add(() -> mvc.perform(request(HttpMethod.POST, "/api/v1/proceedings/" + id + "/transitions")
                    .session(operative).with(csrf()).contentType("application/json")
                    .content("{\"stage\":\"SUSPENDED\",\"on\":\"2026-01-05\"}"))
                    .andReturn().getResponse().getStatus());
        }
        Collections.shuffle(calls, new java.util.Random(15));
        var pool = Executors.newFixedThreadPool(16);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (var f : pool.invokeAll(calls, 5, TimeUnit.MINUTES)) {
                statuses.add(f.get());
            }
            assertThat(statuses).hasSize(calls.size()).allMatch(s -> s < 500);
            assertThat(Set.copyOf(statuses)).contains(200, 404);
        } finally {
            pool.shutdownNow();
        }
    }
}
