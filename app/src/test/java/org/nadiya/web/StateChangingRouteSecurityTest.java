package org.nadiya.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.SignIn;
import org.nadiya.victims.Persons;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 15, "also": every state-changing route the application maps (POST, PUT, PATCH, DELETE) refuses a user who
 * addresses records of another team, region or partner, and every administration route refuses non-administrators.
 * The ids in the path are records that exist and that the user may not see: a proceeding of a team they are not on, a
 * person of another region, a referral sent to another partner, another user's token. A leak is an API answer of 2xx,
 * or any request after which the audit log holds a change by the user that was allowed (every change is audited; a
 * form that fails its own checks before need-to-know redirects or re-renders with an error and changes nothing).
 * Every request must be answered by the application: no 5xx, no exception it did not handle (such as an error whose
 * message is not a bundle key), and every API 400 names its message key.
 */
class StateChangingRouteSecurityTest extends DemoWebTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserAdministration users;

    @Autowired
    Persons persons;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mockMvc;

    private CurrentUser as(String username) {
        var a = users.find(username).orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(),
                a.supervisor());
    }

    /** A record of each kind that {@code user} may not see. */
    private Map<String, Long> foreignIds(CurrentUser user) {
        long proceeding = jdbc.sql("""
                select p.id from proceeding p where p.region_code <> :region and not exists (
                  select 1 from team_member t where t.proceeding_id = p.id and t.user_id = :user)
                order by p.id fetch first 1 rows only""")
                .param("region", user.regionCode()).param("user", user.id()).query(Long.class).single();
        var admin = as("admin");
        long person = persons.list(admin, 0, 200).rows().stream().map(r -> r.id())
                .filter(id -> !persons.canSee(user, id)).findFirst().orElseThrow();
        long referral = jdbc.sql("select id from referral where partner_code <> :agency order by id fetch first 1 rows"
                        + " only").param("agency", user.agencyCode()).query(Long.class).optional().orElse(1L);
        long token = users.issueToken(as(user.username().equals("analyst") ? "investigator" : "analyst").id(),
                "someone else's", 1).id();
        // A hit of no team the user is on (or none at all): the notices' read marks take hit ids.
        long hit = jdbc.sql("""
                select h.id from link_hit h where not exists (select 1 from team_member t where t.user_id = :user
                  and t.proceeding_id in (h.proceeding_a, h.proceeding_b)) order by h.id fetch first 1 rows only""")
                .param("user", user.id()).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("select coalesce(max(id), 0) + 1000 from link_hit").query(Long.class).single());
        return Map.of("proceedings", proceeding, "persons", person, "referrals", referral, "tokens", token,
                "hit-notices", hit);
    }

    private static long idFor(String pattern, Map<String, Long> ids) {
        for (var kind : List.of("persons", "referrals", "tokens", "hit-notices")) {
            if (pattern.contains("/" + kind + "/")) {
                return ids.get(kind);
            }
        }
        if (pattern.startsWith("/links/notices/")) {
            return ids.get("hit-notices");
        }
        return ids.get("proceedings");
    }

    private long lastSeq() {
        return jdbc.sql("select last_seq from audit_head where id = 1").query(Long.class).single();
    }

    /** Changes the user was allowed to make since {@code seq} (reads and sign-ins left out). */
    private List<String> allowedChangesBy(String username, long seq) {
        return jdbc.sql("select action from audit_entry where seq > :s and actor = :a and outcome = 'ALLOWED'")
                .param("s", seq).param("a", username).query(String.class).list().stream()
                .filter(a -> !a.matches(".*(VIEWED|READ|LISTED|SEARCHED|EXPORTED|OPENED|LOOKED_UP)$|LOGIN_.*"))
                .toList();
    }

    @Test
    void noStateChangingRouteActsOnAnotherTeamsRegionsOrPartnersRecords() throws Exception {
        List<String> leaks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String username : List.of("prosecutor", "investigator", "operative", "coordinator", "partner",
                "analyst", "researcher")) {
            var user = as(username);
            var ids = foreignIds(user);
            var session = SignIn.demo(mockMvc, username);
            for (var info : mappings.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                    boolean admin = pattern.startsWith("/admin") || pattern.startsWith("/api/v1/admin");
                    if (!admin && !pattern.contains("{")) {
                        continue;
                    }
                    String path = pattern.replaceAll("\\{[^}]+}", String.valueOf(idFor(pattern, ids)))
                            .replace("/**", "/x");
                    for (RequestMethod method : methods) {
                        if (method == RequestMethod.GET || method == RequestMethod.HEAD
                                || method == RequestMethod.OPTIONS) {
                            continue;
                        }
                        var builder = request(HttpMethod.valueOf(method.name()), path).session(session).with(csrf());
                        if (path.startsWith("/api/")) {
                            builder = builder.contentType("application/json").content("{}");
                        }
                        long before = lastSeq();
                        String request = username + " " + method + " " + path;
                        org.springframework.mock.web.MockHttpServletResponse response;
                        try {
                            response = mockMvc.perform(builder).andReturn().getResponse();
                        } catch (Exception e) {
                            // Not handled by the application: a 500 to the user, or a message that is not a key.
                            failures.add(request + ": " + e);
                            continue;
                        }
                        checked++;
                        int status = response.getStatus();
                        if (status >= 500) {
                            failures.add(request + " -> " + status);
                        }
                        if (path.startsWith("/api/") && status == 400
                                && !response.getContentAsString().matches("(?s).*\"code\":\"error\\.[\\w.]+\".*")) {
                            failures.add(request + " -> 400 without a message key: " + response.getContentAsString());
                        }
                        var changes = allowedChangesBy(username, before);
                        if (path.startsWith("/api/") && status >= 200 && status < 300 || !changes.isEmpty()) {
                            leaks.add(username + " " + method + " " + path + " -> " + status + " " + changes);
                        }
                    }
                }
            }
        }
        assertThat(checked).as("state-changing requests made").isGreaterThan(200);
        assertThat(leaks).as("state-changing routes that acted on records outside the user's need to know").isEmpty();
        assertThat(failures).as("state-changing requests that failed with a server error or a message that is not a"
                + " key").isEmpty();
    }
}
