package org.nadiya.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.AuditQuery;
import org.nadiya.audit.Outcome;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.SignIn;
import org.nadiya.victims.Persons;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/**
 * Issue 15, point 1: disabling a user, resetting their password, changing their roles, and revoking a token end the
 * sessions and tokens made before, at their very next request (the exact reproduction of the issue: the old session
 * of the demo prosecutor reading a person's identity). The prosecutor's row is restored after each test.
 */
class SessionsEndTest extends DemoWebTest {

    @Autowired
    UserAdministration users;

    @Autowired
    Persons persons;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    long prosecutorId;
    long personId;
    Map<String, Object> savedRow;
    List<String> savedRoles;

    @BeforeEach
    void prosecutorAndAPersonTheyMayIdentify() {
        var account = users.find("prosecutor").orElseThrow();
        prosecutorId = account.id();
        var me = new CurrentUser(account.id(), account.username(), account.displayName(), account.roles(),
                account.agencyCode(), account.regionCode(), account.supervisor());
        var admin = users.find("admin").orElseThrow();
        var asAdmin = new CurrentUser(admin.id(), admin.username(), admin.displayName(), admin.roles(),
                admin.agencyCode(), admin.regionCode(), admin.supervisor());
        personId = persons.list(asAdmin, 0, 200).rows().stream().map(r -> r.id())
                .filter(id -> persons.mayReadIdentity(me, id)).findFirst().orElseThrow();
        savedRow = jdbc.sql("select password_hash, must_change_password, enabled from app_user where id = :id")
                .param("id", prosecutorId).query().singleRow();
        savedRoles = jdbc.sql("select role from user_role where user_id = :id").param("id", prosecutorId)
                .query(String.class).list();
    }

    @AfterEach
    void restoreTheProsecutor() {
        jdbc.sql("update app_user set password_hash = :h, must_change_password = :m, enabled = :e, failed_logins = 0,"
                        + " locked_until = null where id = :id")
                .param("h", column(savedRow, "password_hash"))
                .param("m", column(savedRow, "must_change_password")).param("e", column(savedRow, "enabled"))
                .param("id", prosecutorId).update();
        jdbc.sql("delete from user_role where user_id = :id").param("id", prosecutorId).update();
        savedRoles.forEach(r -> jdbc.sql("insert into user_role (user_id, role) values (:id, :r)")
                .param("id", prosecutorId).param("r", r).update());
    }

    private static Object column(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase(java.util.Locale.ROOT));
    }

    private MockHttpSession signedInProsecutorWhoReadsTheIdentity() throws Exception {
        var session = SignIn.demo(mvc, "prosecutor");
        mvc.perform(get("/api/v1/persons/" + personId + "/identity").session(session).param("reason", "x"))
                .andExpect(status().isOk());
        return session;
    }

    private String token() {
        return users.issueToken(prosecutorId, "script", 5).secret();
    }

    /** The old session neither reads nor writes, on the API and on the pages; the token made before is refused. */
    private void everythingMadeBeforeIsRefused(MockHttpSession session, String token) throws Exception {
        mvc.perform(get("/api/v1/persons/" + personId + "/identity").session(session).param("reason", "x"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/tokens").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"after\"}")).andExpect(status().isUnauthorized());
        mvc.perform(get("/persons").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/persons/" + personId + "/identity").header("Authorization", "Bearer " + token)
                .param("reason", "x")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"after\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void disablingEndsTheSessionAndTokensAtTheirNextRequest() throws Exception {
        var session = signedInProsecutorWhoReadsTheIdentity();
        var browser = SignIn.demo(mvc, "prosecutor");
        var htmxPage = SignIn.demo(mvc, "prosecutor");
        String token = token();
        var admin = SignIn.demo(mvc, "admin");
        mvc.perform(post("/api/v1/admin/users/" + prosecutorId + "/disable").session(admin).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/persons").session(browser)).andExpect(redirectedUrl("/login?ended"));
        // A part of a page updated by htmx: the whole page goes to the sign-in page that says why.
        mvc.perform(get("/persons").session(htmxPage).header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("HX-Redirect", "/login?ended"));
        everythingMadeBeforeIsRefused(session, token);
        assertThat(audit.count(new AuditQuery("prosecutor", "SESSION_ENDED", "user", String.valueOf(prosecutorId),
                Outcome.DENIED, null, null, 0, 10))).isPositive();

        // Enabling the user again brings neither the old session nor the old token back.
        users.setEnabled(prosecutorId, true);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void aPasswordResetEndsTheSessionAndTokens() throws Exception {
        var session = signedInProsecutorWhoReadsTheIdentity();
        String token = token();
        var admin = SignIn.demo(mvc, "admin");
        mvc.perform(post("/api/v1/admin/users/" + prosecutorId + "/password-reset").session(admin).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.oneTimePassword").exists());
        everythingMadeBeforeIsRefused(session, token);
    }

    @Test
    void aRoleChangeEndsTheSessionAndTokens() throws Exception {
        var session = signedInProsecutorWhoReadsTheIdentity();
        String token = token();
        var account = users.find(prosecutorId).orElseThrow();
        users.update(prosecutorId, new NewUser(account.username(), account.displayName(), account.email(),
                Set.of(Role.PROSECUTOR, Role.ANALYST), account.agencyCode(), account.regionCode(), account.supervisor()));
        everythingMadeBeforeIsRefused(session, token);
        var again = SignIn.demo(mvc, "prosecutor");
        mvc.perform(get("/api/v1/me").session(again)).andExpect(status().isOk())
                .andExpect(jsonPath("$.roles.length()").value(2));
    }

    @Test
    void aChangeOfDisplayNameAloneKeepsTheSession() throws Exception {
        var session = signedInProsecutorWhoReadsTheIdentity();
        var account = users.find(prosecutorId).orElseThrow();
        users.update(prosecutorId, new NewUser(account.username(), account.displayName(), account.email(),
                account.roles(), account.agencyCode(), account.regionCode(), account.supervisor()));
        mvc.perform(get("/api/v1/persons/" + personId + "/identity").session(session).param("reason", "x"))
                .andExpect(status().isOk());
    }

    @Test
    void aRevokedTokenIsRefusedAtItsNextRequestAndTheOthersGoOn() throws Exception {
        var session = signedInProsecutorWhoReadsTheIdentity();
        var revoked = users.issueToken(prosecutorId, "lost laptop", 5);
        String kept = token();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + revoked.secret())).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/tokens/" + revoked.id()).session(session).with(csrf())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/" + personId + "/identity").header("Authorization", "Bearer " + revoked.secret())
                .param("reason", "x")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + kept)).andExpect(status().isOk());
    }
}
