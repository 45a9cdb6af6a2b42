package org.nadiya.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.AuditQuery;
import org.nadiya.audit.Outcome;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@NadiyaTest
class SignInTest {

    static final String PASSWORD = "amber-harbour-violet-41";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog audit;

    private String newUser(boolean oneTime) {
        String name = "signin" + System.nanoTime() % 1_000_000_000;
        var user = new NewUser(name, "Тест", null, Set.of(Role.OPERATIVE), "MIGRATION_POLICE", "UA-46", false);
        if (oneTime) {
            return name + " " + users.create(user);
        }
        users.createWithPassword(user, PASSWORD);
        return name;
    }

    @Test
    void theLoginPageIsUkrainianByDefaultAndSwitchesToEnglish() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Вхід")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in")));
    }

    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        String name = newUser(false);
        users.setEnabled(users.find(name).orElseThrow().id(), false);
        mvc.perform(formLogin("/login").user(name).password(PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void aOneTimePasswordAllowsNothingButChangingIt() throws Exception {
        String[] created = newUser(true).split(" ");
        var session = SignIn.as(mvc, created[0], created[1]);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("password change required")));
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());

        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", created[1])
                        .param("newPassword", "too-short").param("confirmPassword", "too-short"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Щонайменше 12 символів")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", created[1])
                        .param("newPassword", PASSWORD).param("confirmPassword", PASSWORD))
                .andExpect(redirectedUrl("/login?changed"));

        mvc.perform(formLogin("/login").user(created[0]).password(created[1])).andExpect(unauthenticated());
        var fresh = SignIn.as(mvc, created[0], PASSWORD);
        mvc.perform(get("/").session(fresh)).andExpect(status().isOk());
    }

    @Test
    void signingInAndOutIsAudited() throws Exception {
        String name = newUser(false);
        var session = SignIn.as(mvc, name, PASSWORD);
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
        long id = users.find(name).orElseThrow().id();
        assertThat(audit.count(new AuditQuery(name, "LOGIN_SUCCEEDED", "user", String.valueOf(id), Outcome.ALLOWED,
                null, null, 0, 10))).isOne();
        mvc.perform(formLogin("/login").user("no-such-user").password("whatever-password")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(name).password(PASSWORD)).andExpect(authenticated());
    }
}
