package org.nadiya.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@NadiyaTest
class AdministrationPagesTest extends DemoWebTest {

    @Autowired
    UserAdministration users;

    @ParameterizedTest
    @ValueSource(strings = {"prosecutor", "investigator", "operative", "analyst", "coordinator", "partner", "researcher"})
    void onlyAdministratorsReachAdministration(String username) throws Exception {
        var session = SignIn.demo(mvc, username);
        for (String page : new String[] {"/admin/users", "/admin/users/new", "/admin/agencies", "/admin/audit"}) {
            mvc.perform(get(page).session(session)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/admin/users").session(session)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        mvc.perform(get("/api/v1/admin/audit").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/1/enabled").session(session).with(csrf()).param("enabled", "false"))
                .andExpect(status().isForbidden());
        String home = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(home).doesNotContain("/admin/users");
    }

    @Test
    void theAdministratorCreatesAUserAndSeesTheOneTimePasswordOnce() throws Exception {
        var session = SignIn.demo(mvc, "admin");
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("investigator")));
        String name = "newprosecutor" + System.nanoTime() % 100_000;
        String page = mvc.perform(post("/admin/users").session(session).with(csrf()).param("username", name)
                        .param("displayName", "Нова Прокурорка").param("roles", "PROSECUTOR")
                        .param("agencyCode", "PROSECUTOR").param("regionCode", "UA-53").param("supervisor", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("one-time-password");
        var account = users.find(name).orElseThrow();
        assertThat(account.supervisor()).isTrue();
        assertThat(account.mustChangePassword()).isTrue();
    }

    @Test
    void badInputReturnsTheFormNamingTheField() throws Exception {
        var session = SignIn.demo(mvc, "admin");
        mvc.perform(post("/admin/users").session(session).with(csrf()).param("username", "valid.name")
                        .param("displayName", "X").param("roles", "ANALYST").param("agencyCode", "NPU")
                        .param("regionCode", "UA-99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Невідомий регіон «UA-99»")))
                .andExpect(content().string(containsString("href=\"#region\"")));
        assertThat(users.find("valid.name")).isEmpty();
    }

    @Test
    void theAdministratorDisablesAndResetsUsersAndAddsPartners() throws Exception {
        var session = SignIn.demo(mvc, "admin");
        String name = "todisable" + System.nanoTime() % 100_000;
        users.create(new NewUser(name, "X", null, java.util.Set.of(Role.PARTNER), "NPU", "UA-05", false));
        long id = users.find(name).orElseThrow().id();
        mvc.perform(post("/admin/users/" + id + "/enabled").session(session).with(csrf()).param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.find(id).orElseThrow().enabled()).isFalse();
        mvc.perform(post("/admin/users/" + id + "/password").session(session).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("one-time-password")));

        String code = "NGO_T" + System.nanoTime() % 100_000;
        mvc.perform(post("/admin/agencies").session(session).with(csrf()).param("code", code)
                .param("nameUk", "ГО Тест").param("nameEn", "NGO Test").param("kind", "PARTNER"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/agencies").session(session).with(csrf()).param("code", code)
                .param("nameUk", "ГО Тест").param("nameEn", "NGO Test").param("kind", "PARTNER"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("уже є")));
    }

    @Test
    void theAdministrationApiCreatesUsersAndNamesBadFields() throws Exception {
        var session = SignIn.demo(mvc, "admin");
        String name = "apiuser" + System.nanoTime() % 100_000;
        mvc.perform(post("/api/v1/admin/users").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"displayName\":\"A\",\"roles\":[\"ANALYST\"],"
                                + "\"agencyCode\":\"NPU\",\"regionCode\":\"UA-46\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.oneTimePassword").isString())
                .andExpect(jsonPath("$.user.username").value(name));
        mvc.perform(post("/api/v1/admin/users").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"x y\",\"displayName\":\"A\",\"roles\":[\"ANALYST\"],"
                                + "\"agencyCode\":\"NPU\",\"regionCode\":\"UA-46\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("username"));
    }

    @Test
    void theAuditViewerFiltersEntries() throws Exception {
        var session = SignIn.demo(mvc, "admin");
        String page = mvc.perform(get("/admin/audit").session(session).param("action", "LOGIN_SUCCEEDED")
                .param("actor", "admin")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Actions are shown by name, their codes in the cells' titles (the picker lists every code as an option).
        assertThat(page).contains("title=\"LOGIN_SUCCEEDED\"").doesNotContain("title=\"USER_CREATED\"");
        mvc.perform(get("/api/v1/admin/audit/verification").session(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$.firstBroken").value(-1));
    }
}
