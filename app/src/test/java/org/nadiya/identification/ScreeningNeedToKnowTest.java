package org.nadiya.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nadiya.security.NewUser;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/**
 * Issue 15, point 9: a screening's result is read by the officer who made it, supervisors of its region and the
 * coordinators it was handed to, by an unguessable reference; a UA-05 prosecutor reads no UA-46 screening.
 */
class ScreeningNeedToKnowTest extends DemoWebTest {

    static final String PASSWORD = "amber-harbour-violet-41";

    @Autowired
    UserAdministration users;

    @Autowired
    JdbcClient jdbc;

    private MockHttpSession newUser(Role role, String agency, String region, boolean supervisor) throws Exception {
        String name = "ntk" + System.nanoTime() % 1_000_000_000L;
        users.createWithPassword(new NewUser(name, "Тест " + role, null, Set.of(role), agency, region, supervisor),
                PASSWORD);
        return SignIn.as(mvc, name, PASSWORD);
    }

    /** A screening by the demo operative (Migration Police, UA-46); its reference as the API answered. */
    private String screenedInLviv(String clientRef, boolean consent) throws Exception {
        var body = """
                {"clientRef":"%s","regionCode":"UA-46","setting":"BORDER_CHECK","age":"ADULT",
                 "answers":{"ilo.documents":"YES","ilo.debt":"YES"},"consent":%s,"need":"SHELTER"}"""
                .formatted(clientRef, consent);
        var response = mvc.perform(post("/api/v1/screenings").session(SignIn.demo(mvc, "operative")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var ref = java.util.regex.Pattern.compile("\"ref\":\"([^\"]*)\"").matcher(response);
        assertThat(ref.find()).as("the answer names the screening's reference").isTrue();
        return ref.group(1);
    }

    private int read(MockHttpSession session, String ref) throws Exception {
        return mvc.perform(get("/api/v1/screenings/" + ref).session(session)).andReturn().getResponse().getStatus();
    }

    @Test
    void aProsecutorOfAnotherRegionReadsNoScreeningNeitherByReferenceNorByTheBrowsersNumber() throws Exception {
        String clientRef = UUID.randomUUID().toString();
        String ref = screenedInLviv(clientRef, false);
        assertThat(ref).matches("[0-9a-f]{32}").isNotEqualTo(clientRef.replace("-", ""));

        var prosecutorUa05 = SignIn.demo(mvc, "prosecutor");
        assertThat(read(prosecutorUa05, ref)).isEqualTo(404);
        assertThat(read(prosecutorUa05, clientRef)).isEqualTo(404);
        assertThat(mvc.perform(get("/screenings/" + ref).session(prosecutorUa05)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(read(SignIn.demo(mvc, "operative"), clientRef)).as("the browser's number is no reference")
                .isEqualTo(404);

        mvc.perform(get("/api/v1/screenings/" + ref).session(SignIn.demo(mvc, "operative")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.clientRef").value(clientRef));
        assertThat(read(newUser(Role.PROSECUTOR, "PROSECUTOR", "UA-46", true), ref)).as("supervisor of UA-46")
                .isEqualTo(200);
        assertThat(read(newUser(Role.PROSECUTOR, "PROSECUTOR", "UA", true), ref)).as("central supervisor")
                .isEqualTo(200);
        assertThat(read(newUser(Role.PROSECUTOR, "PROSECUTOR", "UA-05", true), ref)).as("supervisor of UA-05")
                .isEqualTo(404);
        assertThat(read(newUser(Role.OPERATIVE, "MIGRATION_POLICE", "UA-46", false), ref))
                .as("a colleague of the same region and agency").isEqualTo(404);
        assertThat(read(SignIn.demo(mvc, "coordinator-lviv"), ref)).as("anonymous: handed to nobody").isEqualTo(404);
        assertThat(read(SignIn.demo(mvc, "partner"), ref)).isEqualTo(403);
    }

    @Test
    void theCoordinatorItWasHandedToReadsItAndAnotherRegionsCoordinatorDoesNot() throws Exception {
        String ref = screenedInLviv(UUID.randomUUID().toString(), true);
        mvc.perform(get("/api/v1/screenings/" + ref).session(SignIn.demo(mvc, "coordinator-lviv")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.clientRef").doesNotExist())
                .andExpect(jsonPath("$.handoverId").doesNotExist());
        assertThat(read(SignIn.demo(mvc, "coordinator"), ref)).isEqualTo(404);
        mvc.perform(get("/api/v1/screenings/" + ref).session(SignIn.demo(mvc, "operative")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.handoverId").isNumber());
    }

    @Test
    void anotherOfficersNumberNeitherRevealsNorReplacesTheirScreening() throws Exception {
        String clientRef = UUID.randomUUID().toString();
        String ref = screenedInLviv(clientRef, false);
        var other = newUser(Role.OPERATIVE, "MIGRATION_POLICE", "UA-05", false);
        var answer = mvc.perform(post("/api/v1/screenings").session(other).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"clientRef":"%s","setting":"OTHER","age":"ADULT","consent":false}""".formatted(clientRef)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain(ref).doesNotContain("UA-46").doesNotContain("STRONG");
        assertThat(jdbc.sql("select count(*) from screening where client_ref = :r").param("r", clientRef)
                .query(Long.class).single()).isOne();
    }

    @Test
    void theDemoScreeningsHaveNoGuessableReferences() {
        var refs = jdbc.sql("select ref from screening").query(String.class).list();
        assertThat(refs).isNotEmpty().allMatch(r -> r != null && r.matches("[0-9a-f]{32}"))
                .noneMatch(r -> r.startsWith("00000000"));
    }
}
