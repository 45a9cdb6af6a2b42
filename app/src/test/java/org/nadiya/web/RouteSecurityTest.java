package org.nadiya.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.NadiyaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Anonymous requests are refused on every route the application maps, except sign-in and error pages. */
@NadiyaTest
class RouteSecurityTest {

    private static final Set<String> PUBLIC = Set.of("/login", "/error");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void anonymousRequestsAreRefusedOnEveryMappedRoute() throws Exception {
        List<String> checked = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? Set.of(RequestMethod.GET) : info.getMethodsCondition().getMethods();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (PUBLIC.contains(pattern)) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1").replace("/**", "/x");
                for (RequestMethod method : methods) {
                    var response = mvc.perform(request(HttpMethod.valueOf(method.name()), path).with(csrf()))
                            .andReturn().getResponse();
                    String route = method + " " + path;
                    checked.add(route);
                    boolean refused = path.startsWith("/api/") || path.equals("/v3/api-docs") || path.startsWith("/v3/api-docs/")
                            ? response.getStatus() == 401 && response.getContentAsString().contains("authentication required")
                            : response.getStatus() == 302 && response.getRedirectedUrl().endsWith("/login");
                    if (!refused) {
                        leaks.add(route + " -> " + response.getStatus());
                    }
                }
            }
        }
        assertThat(checked).as("routes found in the handler mappings").hasSizeGreaterThan(15)
                .contains("GET /admin/users", "GET /api/v1/me", "POST /api/v1/tokens", "GET /v3/api-docs");
        assertThat(leaks).as("routes answered to anonymous users").isEmpty();
    }

    @Test
    void healthIsPublicButShowsNoDetails() throws Exception {
        var response = mvc.perform(request(HttpMethod.GET, "/actuator/health")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"status\":\"UP\"").doesNotContain("components", "details",
                "db", "diskSpace");
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() throws Exception {
        assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/env")).andReturn().getResponse().getStatus())
                .isIn(302, 404);
    }
}
