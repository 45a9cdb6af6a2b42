package org.nadiya.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.Eventually;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.nadiya.security.FieldEncryption;
import org.nadiya.testsupport.StoredIdentifiers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The screening workspace over the pages and the API with the demo data: the "done when" of issue 8 (a pasted ad
 * shows a hit on a proceeding's phone), a batch upload polled to the end, the demo batch, the ad attached to the
 * operative's proceeding shown there, and every route by role.
 */
@NadiyaTest
class AdWorkspacePagesTest extends DemoWebTest {

    /** The demo ad's phone, held by a Vinnytsia proceeding of the demo prosecutor (AdScreeningDemoData). */
    static final String AD = "Терміново! Дівчата 18-25 на роботу хостес у Берліні, без досвіду. Пишіть тільки у вайбер +1 202 555 0177";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FieldEncryption encryption;

    private long prosecutorsProceeding() {
        return StoredIdentifiers.proceedingHolding(jdbc, encryption, "+12025550177");
    }

    private long demoBatch() {
        return jdbc.sql("select min(id) from ad_batch where file_name = 'demo-ads.jsonl'").query(Long.class).single();
    }

    private long demoAd() {
        return jdbc.sql("select id from screened_ad where batch_id = :b and line_no = 1").param("b", demoBatch())
                .query(Long.class).single();
    }

    private long operativesProceeding() {
        return jdbc.sql("select proceeding_id from screened_ad_attachment where ad_id = :a").param("a", demoAd())
                .query(Long.class).single();
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void doneWhenAPastedAdShowsAHitOnAProceedingsPhoneNumber() throws Exception {
        long p = prosecutorsProceeding();
        String prosecutor = mvc.perform(post("/screening").session(SignIn.demo(mvc, "prosecutor")).with(csrf())
                        .param("lang", "en").param("text", AD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(prosecutor).contains("+12025550177", "class=\"hit\"", ">Hit<", "href=\"/proceedings/" + p + "\"",
                "proceeding no. " + p);

        // the operative is not on that proceeding's team: a hit, whom to contact, never which proceeding
        String operative = mvc.perform(post("/screening").session(SignIn.demo(mvc, "operative")).with(csrf())
                        .param("lang", "en").param("text", AD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(operative).contains(">Hit<", "you do not see", "Прокурорка Демо-Вигадана", "attach it to your proceeding")
                .doesNotContain("href=\"/proceedings/" + p + "\"", "proceeding no. " + p);

        String nothing = mvc.perform(post("/screening").session(SignIn.demo(mvc, "operative")).with(csrf())
                        .param("lang", "en").param("text", "Робота у Львові, вайбер +1 202 555 0199"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(nothing).contains("No proceeding holds it").doesNotContain(">Hit<");
    }

    @Test
    void aPastedAdIsSavedAttachedToTheOperativesProceedingAndShownThere() throws Exception {
        var session = SignIn.demo(mvc, "operative");
        String location = mvc.perform(post("/screening/save").session(session).with(csrf()).param("text", AD + " (збережене)"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/screening/ads/\\d+");
        String ad = page(session, location + "?lang=en");
        assertThat(ad).contains(">Терміново</mark>", "Attach to a proceeding", "id=\"attach-form\"", ">Hit<");

        long own = operativesProceeding();
        mvc.perform(post(location + "/attach").session(session).with(csrf()).param("proceedingId", String.valueOf(own))
                .param("note", "перевірити")).andExpect(status().is3xxRedirection());
        assertThat(page(session, "/proceedings/" + own + "/ads?lang=en")).contains("pasted", "перевірити", "High risk");
        // another team's proceeding: 404, whatever the form says
        String refused = mvc.perform(post(location + "/attach").session(session).with(csrf())
                        .param("proceedingId", String.valueOf(prosecutorsProceeding())))
                .andReturn().getResponse().getContentAsString();
        assertThat(mvc.perform(post(location + "/attach").session(session).with(csrf())
                .param("proceedingId", String.valueOf(prosecutorsProceeding()))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(refused).doesNotContain("ВИГАДАНА СПРАВА");
    }

    @Test
    void anUploadedBatchShowsProgressThenTheResultsByRisk() throws Exception {
        var session = SignIn.demo(mvc, "analyst");
        String jsonl = """
                {"id":"u-1","text":"Бухгалтер у Львові, ТОВ Приклад, офіційне працевлаштування, 22 000 грн."}
                {"id":"u-2","text":"ТЕРМІНОВО! Дівчата 18-25, хостес у Дубаї. Без досвіду, квитки за наш рахунок, фото в купальнику."}
                """;
        String location = mvc.perform(multipart("/screening/batches").file(new MockMultipartFile("file", "ads.jsonl",
                        "application/x-ndjson", jsonl.getBytes(StandardCharsets.UTF_8)))
                        .param("source", "OLX, 2026-11-28").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/screening/batches/\\d+");
        Eventually.value(() -> {
            try {
                return mvc.perform(get(location + "/progress").session(session)).andReturn().getResponse();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, r -> "true".equals(r.getHeader("HX-Refresh")));
        String results = page(session, location + "?lang=en");
        assertThat(results).contains("id=\"ads\"", "2 of 2 screened", "OLX, 2026-11-28");
        assertThat(results.indexOf("u-2")).as("riskiest first").isLessThan(results.indexOf("u-1"));
        String lowOnly = page(session, location + "?lang=en&level=low");
        assertThat(lowOnly).contains("u-1").doesNotContain(">u-2<");

        String bad = mvc.perform(multipart("/screening/batches").file(new MockMultipartFile("file", "ads.jsonl",
                        "application/x-ndjson", "{\"id\":\"x\"}\n".getBytes(StandardCharsets.UTF_8)))
                        .param("source", "OLX").param("lang", "en").session(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("error-summary", "line 1: text: required", "nothing stored");
    }

    @Test
    void theDemoBatchIsPopulatedAndItsFirstAdIsOnTheOperativesProceeding() throws Exception {
        var analyst = SignIn.demo(mvc, "analyst");
        String batches = page(analyst, "/screening/batches?lang=en");
        assertThat(batches).contains("demo-ads.jsonl", "Screened 34/34");
        String batch = page(analyst, "/screening/batches/" + demoBatch() + "?lang=en");
        assertThat(batch).contains("demo-hit-01", "demo-uk-01", "demo-en-01", "class=\"hit\"");
        String operative = page(SignIn.demo(mvc, "operative"), "/proceedings/" + operativesProceeding() + "/ads");
        assertThat(operative).contains("demo-hit-01", "Демо: той самий вайбер");
        String json = page(analyst, "/api/v1/screening/batches/" + demoBatch() + "/ads?level=high");
        assertThat(json).contains("\"ref\":\"demo-hit-01\"", "\"level\":\"high\"").doesNotContain("\"level\":\"low\"");
    }

    @Test
    void theApiTakesABatchAsCsv() throws Exception {
        var session = SignIn.demo(mvc, "investigator");
        String answer = mvc.perform(post("/api/v1/screening/batches").session(session).with(csrf()).param("source", "API")
                        .contentType("text/csv").content("id,text\na-1,\"Робота в Польщі для всіх, виїзд завтра\"\n"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(answer.replaceAll("\\D", ""));
        String batch = Eventually.value(() -> {
            try {
                return page(session, "/api/v1/screening/batches/" + id);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, s -> s.contains("\"status\":\"DONE\""));
        assertThat(batch).contains("\"format\":\"csv\"", "\"total\":1", "\"rulesSha256\":\"");
        mvc.perform(post("/api/v1/screening/batches").session(session).with(csrf()).param("source", "API")
                .contentType("text/csv").content("id,body\n1,x\n")).andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"operative", "analyst", "investigator", "prosecutor"})
    void screenersReachEveryWorkspaceRoute(String username) throws Exception {
        var session = SignIn.demo(mvc, username);
        for (String path : new String[] {"/screening", "/screening/batches", "/screening/batches/" + demoBatch(),
                "/screening/batches/" + demoBatch() + "/progress", "/screening/ads/" + demoAd(),
                "/api/v1/screening/batches", "/api/v1/screening/batches/" + demoBatch(),
                "/api/v1/screening/batches/" + demoBatch() + "/ads", "/api/v1/screening/ads/" + demoAd()}) {
            assertThat(mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
        }
        int own = mvc.perform(get("/proceedings/" + operativesProceeding() + "/ads").session(session)).andReturn()
                .getResponse().getStatus();
        assertThat(own).as("the proceeding's ads: its team only").isEqualTo(username.equals("operative") ? 200 : 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"coordinator", "partner", "researcher"})
    void othersReachNoWorkspaceRoute(String username) throws Exception {
        var session = SignIn.demo(mvc, username);
        for (String path : new String[] {"/screening/batches", "/screening/batches/" + demoBatch(),
                "/screening/batches/" + demoBatch() + "/progress", "/screening/ads/" + demoAd(),
                "/api/v1/screening/batches", "/api/v1/screening/batches/" + demoBatch() + "/ads",
                "/api/v1/screening/ads/" + demoAd()}) {
            assertThat(mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus()).as(path).isEqualTo(403);
        }
        assertThat(mvc.perform(post("/screening/ads/" + demoAd() + "/attach").session(session).with(csrf())
                .param("proceedingId", String.valueOf(operativesProceeding()))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/api/v1/screening/batches").session(session).with(csrf()).param("source", "x")
                .contentType(MediaType.TEXT_PLAIN).content("{\"id\":\"1\",\"text\":\"x\"}")).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        for (String path : new String[] {"/proceedings/" + operativesProceeding() + "/ads",
                "/api/v1/proceedings/" + operativesProceeding() + "/ads"}) {
            assertThat(mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus()).as(path)
                    .isIn(username.equals("researcher") ? new Integer[] {404} : new Integer[] {404, 403});
        }
    }
}
