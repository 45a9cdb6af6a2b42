package org.nadiya.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Naming the countries involved makes a proceeding transnational, and the workspace names the countries. */
@NadiyaTest
class RegistrationCountriesTest extends DemoWebTest {

    @Autowired
    Proceedings proceedings;

    @Autowired
    UserAdministration users;

    @Test
    void countriesEnteredOnTheFormMakeTheProceedingTransnationalAndTheWorkspaceNamesThem() throws Exception {
        var session = SignIn.demo(mvc, "investigator");
        mvc.perform(get("/proceedings/new").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/js/proceeding-form.js")))
                .andExpect(content().string(containsString("робить провадження транснаціональним")));
        String erdr = String.format("%017d", System.nanoTime() % 100_000_000_000L + 31);
        String location = mvc.perform(post("/proceedings").session(session).with(csrf()).param("erdrNumber", erdr)
                        .param("registeredOn", "2025-01-01").param("regionCode", "UA-05").param("summary", "Вигадана")
                        .param("qualifications", "149.2").param("countries", "pl; md").param("investigativeBody", "NPU")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D", ""));
        var stored = proceedings.open(admin(), id);
        assertThat(stored.transnational()).isTrue();
        assertThat(stored.countries()).containsExactlyInAnyOrder("PL", "MD");
        mvc.perform(get("/proceedings/" + id).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Молдова (MD)")))
                .andExpect(content().string(containsString("Польща (PL)")));
        mvc.perform(get("/proceedings/" + id).session(session).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Poland (PL)")));
    }

    @Test
    void overTheApiCountriesAloneMakeItTransnationalAndUkraineAloneDoesNot() throws Exception {
        var session = SignIn.demo(mvc, "prosecutor");
        String erdr = String.format("%017d", System.nanoTime() % 100_000_000_000L + 37);
        String body = "{\"erdrNumber\":\"" + erdr + "\",\"registeredOn\":\"2025-03-01\",\"regionCode\":\"UA-05\","
                + "\"summary\":\"Вигадана\",\"qualifications\":[\"149.1\"],\"countries\":[\"DE\"],\"investigativeBody\":\"NPU\"}";
        mvc.perform(post("/api/v1/proceedings").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andExpect(jsonPath("$.transnational").value(true));
        String domestic = body.replace(erdr, String.format("%017d", System.nanoTime() % 100_000_000_000L + 41))
                .replace("\"DE\"", "\"UA\"");
        mvc.perform(post("/api/v1/proceedings").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(domestic)).andExpect(status().isCreated()).andExpect(jsonPath("$.transnational").value(false));
        mvc.perform(post("/api/v1/proceedings").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"DE\"", "\"XX\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("countries"));
    }

    private CurrentUser admin() {
        var a = users.find("admin").orElseThrow();
        return new CurrentUser(a.id(), "admin", "A", Set.of(Role.ADMIN), "NADIYA_ADMIN", "UA", false);
    }
}
