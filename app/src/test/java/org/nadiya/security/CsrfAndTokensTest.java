package org.nadiya.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@NadiyaTest
class CsrfAndTokensTest extends DemoWebTest {

    @Autowired
    UserAdministration users;

    @Test
    void stateChangingCallsWithASessionNeedTheCsrfToken() throws Exception {
        var session = SignIn.demo(mvc, "analyst");
        mvc.perform(post("/account/tokens").session(session).param("name", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tokens").session(session).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.error").value("missing or invalid CSRF token"));
        mvc.perform(post("/api/v1/tokens").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"ui\"}")).andExpect(status().isCreated());
        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void aBearerTokenWorksWithoutCsrfUntilRevoked() throws Exception {
        long id = users.find("analyst").orElseThrow().id();
        var token = users.issueToken(id, "script", 5);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("analyst"));
        mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + token.secret())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"child\",\"days\":1}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.secret").value(containsString("nad_")));
        mvc.perform(delete("/api/v1/tokens/" + token.id()).header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error").value("invalid token"));
    }

    @Test
    void tokensOfDisabledUsersAndUnknownTokensAreRefused() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer nad_unknown"))
                .andExpect(status().isUnauthorized());
        String name = "tokenuser" + System.nanoTime() % 1_000_000;
        users.createWithPassword(new NewUser(name, "T", null, java.util.Set.of(Role.ANALYST), "NPU", "UA", false),
                "amber-harbour-violet-41");
        long id = users.find(name).orElseThrow().id();
        var token = users.issueToken(id, "s", 1);
        users.setEnabled(id, false);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void httpBasicIsNotAccepted() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Basic YW5hbHlzdDpwYXNzd29yZA=="))
                .andExpect(status().isUnauthorized()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void tokensCanBeIssuedAndRevokedInTheUi() throws Exception {
        var session = SignIn.demo(mvc, "operative");
        String page = mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "laptop")
                .param("days", "7")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page).contains("nad_");
        long tokenId = users.tokens(users.find("operative").orElseThrow().id()).get(0).id();
        mvc.perform(post("/account/tokens/" + tokenId + "/revoke").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/account").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("laptop")));
    }
}
