package org.nadiya.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The register in the browser and over the API, with need-to-know per role. */
@NadiyaTest
class ProceedingPagesTest extends DemoWebTest {

    @Autowired
    Proceedings proceedings;

    @Autowired
    UserAdministration users;

    long mine;
    long notMine;

    @BeforeEach
    void demoData() {
        var admin = users.find("admin").orElseThrow();
        var asAdmin = new CurrentUser(admin.id(), "admin", "A", Set.of(Role.ADMIN), "NADIYA_ADMIN", "UA", false);
        long prosecutorId = users.find("prosecutor").orElseThrow().id();
        var vinnytsia = proceedings.search(asAdmin, new ProceedingFilter("UA-05", null, null, null, null, null, null, null,
                null, 0, 50)).rows();
        mine = vinnytsia.stream().filter(r -> proceedings.open(asAdmin, r.id()).teamUserIds().contains(prosecutorId))
                .findFirst().orElseThrow().id();
        notMine = proceedings.search(asAdmin, new ProceedingFilter("UA-61", null, null, null, null, null, null, null, null,
                0, 1)).rows().get(0).id();
    }

    @Test
    void theDemoHoldsThreeDozenProceedingsAcrossTheSeedRegions() {
        var admin = users.find("admin").orElseThrow();
        var asAdmin = new CurrentUser(admin.id(), "admin", "A", Set.of(Role.ADMIN), "NADIYA_ADMIN", "UA", false);
        var all = proceedings.search(asAdmin, new ProceedingFilter(null, null, null, null, null, null, null, null, null, 0, 200))
                .rows().stream().filter(r -> r.summary().startsWith("ВИГАДАНА")).toList();
        assertThat(all).hasSize(36);
        assertThat(all).extracting(ProceedingRow::regionCode).containsAll(java.util.List.of("UA-05", "UA-46", "UA-53",
                "UA-56", "UA-71", "UA-07", "UA-21", "UA-26", "UA-61", "UA-68"));
        assertThat(all).extracting(ProceedingRow::stage).contains(Stage.values());
        assertThat(all).filteredOn(r -> r.investigativeBody() == InvestigativeBody.SBI).hasSize(1);
        assertThat(all).filteredOn(ProceedingRow::crsv).isNotEmpty();
        assertThat(all).filteredOn(ProceedingRow::transnational).isNotEmpty();
        assertThat(all).extracting(ProceedingRow::qualifications).anyMatch(q -> q.contains("149.1"))
                .anyMatch(q -> q.contains("149.2")).anyMatch(q -> q.contains("149.3"));
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Kyiv"));
        assertThat(all).extracting(r -> r.warningOn(today)).contains(PretrialDeadline.Warning.OVERDUE,
                PretrialDeadline.Warning.DAYS_14);
    }

    @Test
    void theProsecutorWorksInTheWorkspace() throws Exception {
        var session = SignIn.demo(mvc, "prosecutor");
        mvc.perform(get("/proceedings").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/proceedings/" + mine + "\"")));
        mvc.perform(get("/proceedings").session(session).param("region", "UA-61")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/proceedings/new")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/proceedings/" + notMine + "\""))));
        mvc.perform(get("/proceedings/" + mine).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"timeline\"")));
        mvc.perform(get("/proceedings/" + mine + "/edit").session(session)).andExpect(status().isOk());
        mvc.perform(get("/proceedings/deadlines").session(session)).andExpect(status().isOk());
        mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("tag warn-OVERDUE")))
                .andExpect(content().string(containsString("tag warn-DAYS_")));

        mvc.perform(post("/proceedings/" + mine + "/notes").session(session).with(csrf()).param("text", "Нова нотатка"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/proceedings/" + mine + "/tasks").session(session).with(csrf()).param("title", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("error"));
        var file = new MockMultipartFile("file", "ad.txt", "text/plain", "оголошення".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(multipart("/proceedings/" + mine + "/evidence").file(file).session(session).with(csrf())
                .param("item", "Текст оголошення").param("source", "Сайт").param("obtainedOn", "2025-01-10")
                .param("storage", "База")).andExpect(status().is3xxRedirection());
        long evidenceId = proceedings.workspace(asProsecutor(), mine).evidence().stream()
                .filter(e -> "ad.txt".equals(e.fileName())).findFirst().orElseThrow().id();
        mvc.perform(get("/proceedings/" + mine + "/evidence/" + evidenceId + "/file").session(session))
                .andExpect(status().isOk()).andExpect(header().exists("X-Content-SHA256"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
    }

    @Test
    void theAssistantOpenedFromAProceedingLetsTheProsecutorRecordTheDecision() throws Exception {
        var session = SignIn.demo(mvc, "prosecutor");
        mvc.perform(post("/qualification").session(session).with(csrf()).param("proceeding", String.valueOf(mine))
                        .param("acts", "recruitment").param("means", "deception").param("purposes", "forced_labour"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"decision-form\"")))
                .andExpect(content().string(containsString("/proceedings/" + mine + "/qualification")));
        mvc.perform(post("/proceedings/" + mine + "/qualification").session(session).with(csrf())
                        .param("facts", "{\"acts\":[\"recruitment\"],\"means\":[\"deception\"],\"purposes\":[\"forced_labour\"]}")
                        .param("decided", "149.1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/proceedings/" + mine).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"qualification\"")));
        var investigator = SignIn.demo(mvc, "investigator");
        mvc.perform(post("/qualification").session(investigator).with(csrf()).param("proceeding", String.valueOf(mine))
                        .param("acts", "recruitment"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(containsString("decision-form"))));
    }

    @Test
    void theRegisterFormNamesTheFieldAtFault() throws Exception {
        var session = SignIn.demo(mvc, "investigator");
        mvc.perform(get("/proceedings/new").session(session)).andExpect(status().isOk());
        mvc.perform(post("/proceedings").session(session).with(csrf()).param("erdrNumber", "12345")
                        .param("registeredOn", "2025-01-01").param("regionCode", "UA-05").param("summary", "s")
                        .param("qualifications", "149.1").param("investigativeBody", "NPU").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#erdrNumber\"")))
                .andExpect(content().string(containsString("рівно 17 цифр")));
        String erdr = String.format("%017d", System.nanoTime() % 100_000_000_000L);
        mvc.perform(post("/proceedings").session(session).with(csrf()).param("erdrNumber", erdr)
                        .param("registeredOn", "2025-01-01").param("regionCode", "UA-05").param("summary", "Вигадана")
                        .param("qualifications", "149.2, 303.3").param("forms", "FORCED_LABOUR")
                        .param("investigativeBody", "NPU").param("version", "0"))
                .andExpect(status().is3xxRedirection());
    }

    @ParameterizedTest
    @ValueSource(strings = {"prosecutor", "investigator", "operative", "analyst", "coordinator"})
    void aProceedingOutsideNeedToKnowDoesNotExistForTheUser(String username) throws Exception {
        var session = SignIn.demo(mvc, username);
        mvc.perform(get("/proceedings/" + notMine).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/proceedings/" + notMine).session(session)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not found"));
        mvc.perform(post("/proceedings/" + notMine + "/notes").session(session).with(csrf()).param("text", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/proceedings/" + Long.MAX_VALUE).session(session)).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner", "researcher"})
    void partnersAndResearchersNeverReachProceedings(String username) throws Exception {
        var session = SignIn.demo(mvc, username);
        mvc.perform(get("/proceedings").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/proceedings/" + mine).session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/proceedings").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void theAdministratorSeesEveryProceeding() throws Exception {
        var session = SignIn.demo(mvc, "admin");
        mvc.perform(get("/proceedings/" + notMine).session(session)).andExpect(status().isOk());
    }

    @Test
    void theApiListsCreatesReadsAndUpdates() throws Exception {
        var session = SignIn.demo(mvc, "prosecutor");
        mvc.perform(get("/api/v1/proceedings").session(session).param("region", "UA-05").param("pageSize", "100"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows[?(@.id == " + mine + ")]").exists())
                .andExpect(jsonPath("$.rows[?(@.id == " + notMine + ")]").doesNotExist());
        String erdr = String.format("%017d", System.nanoTime() % 100_000_000_000L + 7);
        String body = "{\"erdrNumber\":\"" + erdr + "\",\"registeredOn\":\"2025-03-01\",\"regionCode\":\"UA-05\","
                + "\"summary\":\"Вигадана\",\"qualifications\":[\"149.3\"],\"transnational\":true,\"countries\":[\"PL\"],"
                + "\"exploitationForms\":[\"SEXUAL_EXPLOITATION\"],\"investigativeBody\":\"NPU\"}";
        String created = mvc.perform(post("/api/v1/proceedings").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stage").value("REGISTERED"))
                .andExpect(jsonPath("$.seriousness").value("ESPECIALLY_GRAVE")).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*?\"id\":(\\d+).*", "$1"));
        mvc.perform(put("/api/v1/proceedings/" + id).session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("Вигадана", "Оновлена").replace("}", ",\"version\":0}")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary").value("Оновлена"));
        mvc.perform(post("/api/v1/proceedings/" + id + "/transitions").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"TRIAL\",\"on\":\"2025-03-02\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("stage"));
        mvc.perform(post("/api/v1/proceedings").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace(erdr, "1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("erdrNumber"));
    }

    private CurrentUser asProsecutor() {
        var p = users.find("prosecutor").orElseThrow();
        return new CurrentUser(p.id(), p.username(), p.displayName(), p.roles(), p.agencyCode(), p.regionCode(), false);
    }
}
