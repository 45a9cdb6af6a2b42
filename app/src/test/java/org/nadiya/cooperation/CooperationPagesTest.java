package org.nadiya.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo cooperation requests through the API and the pages, by role and need-to-know. */
@NadiyaTest
class CooperationPagesTest extends DemoWebTest {

    @Autowired
    JdbcClient jdbc;

    private long request(String reference) {
        return jdbc.sql("select id from cooperation_request where reference = :r").param("r", reference)
                .query(Long.class).single();
    }

    private long audits(String action) {
        return jdbc.sql("select count(*) from audit_entry where action = :a").param("a", action).query(Long.class).single();
    }

    @Test
    void theProsecutorCannotMissTheOverdueRequest() throws Exception {
        var prosecutor = SignIn.demo(mvc, "prosecutor");
        mvc.perform(get("/api/v1/cooperation/requests").param("overdue", "true").session(prosecutor))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].reference").value("MLA-DEMO-2025/03"))
                .andExpect(jsonPath("$[0].overdue").value(true))
                .andExpect(jsonPath("$[0].countryCode").value("MD"));
        mvc.perform(get("/api/v1/cooperation/requests").session(prosecutor)).andExpect(jsonPath("$", hasSize(4)));
        mvc.perform(get("/").session(prosecutor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"overdue-cooperation\"")))
                .andExpect(content().string(containsString("MLA-DEMO-2025/03")));
        mvc.perform(get("/cooperation").session(prosecutor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("MLA-DEMO-2025/07")))
                .andExpect(content().string(containsString("id=\"overdue\"")));
        mvc.perform(get("/api/v1/cooperation/overdue").session(prosecutor)).andExpect(status().isOk())
                .andExpect(jsonPath("$.byCountry.MD", hasSize(1)));
        long before = audits("COOPERATION_REQUEST_READ");
        mvc.perform(get("/cooperation/" + request("MLA-DEMO-2025/03")).session(prosecutor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"alert\"")));
        assertThat(audits("COOPERATION_REQUEST_READ")).isEqualTo(before + 1);
    }

    @Test
    void rolesOutsideLawEnforcementAreRefusedAndOthersSeeOnlyTheirProceedings() throws Exception {
        for (String user : new String[] {"researcher", "partner", "coordinator"}) {
            var session = SignIn.demo(mvc, user);
            mvc.perform(get("/api/v1/cooperation/requests").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/cooperation").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/").session(session)).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("overdue-cooperation"))));
        }
        var operative = SignIn.demo(mvc, "operative");
        mvc.perform(get("/api/v1/cooperation/requests").session(operative)).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/cooperation/requests/" + request("MLA-DEMO-2025/07")).session(operative))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cooperation/" + request("MLA-DEMO-2025/07") + "/draft").session(operative))
                .andExpect(status().isForbidden());
        var admin = SignIn.demo(mvc, "admin");
        mvc.perform(get("/api/v1/cooperation/requests").param("overdue", "true").session(admin))
                .andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void theDraftNamesOnlyThePersonWhoseDisclosureCoversThisAuthorityAndRequest() throws Exception {
        var prosecutor = SignIn.demo(mvc, "prosecutor");
        long before = audits("COOPERATION_DRAFT_EXPORTED");
        byte[] docx = mvc.perform(get("/api/v1/cooperation/requests/" + request("MLA-DEMO-2025/07") + "/draft")
                        .session(prosecutor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
             var extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
        }
        assertThat(text).contains("ЗАПИТ ПРО МІЖНАРОДНУ ПРАВОВУ ДОПОМОГУ", "MLA-DEMO-2025/07", "Prokuratura Krajowa (fictional)",
                "Вигадана Олена Демівна").doesNotContain("Вигадана Ірина", "Вигадана Ана", "Вигадана Ніна");
        assertThat(text.split("особу позначено псевдонімом", -1).length - 1).isGreaterThanOrEqualTo(3);
        assertThat(audits("COOPERATION_DRAFT_EXPORTED")).isEqualTo(before + 1);

        // the Moldovan request: her consent covers case details, not identity — pseudonym only
        byte[] moldova = mvc.perform(get("/cooperation/" + request("MLA-DEMO-2025/03") + "/draft").session(prosecutor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = new XWPFDocument(new ByteArrayInputStream(moldova));
             var extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).doesNotContain("Вигадана Ана").contains("V-");
        }
    }

    @Test
    void badInputNamesTheFieldAndTheLifecycleKeepsItsOrder() throws Exception {
        var investigator = SignIn.demo(mvc, "investigator");
        long proceeding = jdbc.sql("select proceeding_id from cooperation_request where reference = 'MLA-DEMO-2025/07'")
                .query(Long.class).single();
        String body = """
                {"reference":"%s","direction":"OUTGOING","kind":"EXTRADITION","countryCode":"%s","authority":"Ministry (fictional)",
                 "legalBasis":"EXTRADITION_1957","subjects":["EXTRADITION_ARREST"],"proceedingId":%d,"persons":%s,
                 "language":"en"}""";
        mvc.perform(post("/api/v1/cooperation/requests").session(investigator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("EXT-T-1", "XX", proceeding, "[]")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("countryCode"));
        mvc.perform(post("/api/v1/cooperation/requests").session(investigator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("EXT-T-1", "TR", proceeding, "[\"V-1999-999999\"]")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("persons"));
        mvc.perform(post("/api/v1/cooperation/requests").session(investigator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("MLA-DEMO-2025/07", "TR", proceeding, "[]")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reference"));
        String created = mvc.perform(post("/api/v1/cooperation/requests").session(investigator).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("EXT-T-1", "TR", proceeding, "[]")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFTED"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        String step = "/api/v1/cooperation/requests/" + id + "/status";
        mvc.perform(post(step).session(investigator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"APPROVED\"}")).andExpect(status().isForbidden());
        var prosecutor = SignIn.demo(mvc, "prosecutor");
        mvc.perform(post(step).session(prosecutor).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"EXECUTED\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        mvc.perform(post(step).session(prosecutor).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"APPROVED\",\"on\":\"2999-01-01\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("on"));
        mvc.perform(post(step).session(prosecutor).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"APPROVED\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post(step).session(investigator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"SENT\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.expectedAnswerOn").isNotEmpty());
        mvc.perform(post(step).session(investigator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"REFUSED\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));

        // the page form: the error is shown on the field it names
        mvc.perform(post("/cooperation").session(investigator).with(csrf()).param("proceedingId", Long.toString(proceeding))
                        .param("reference", "EXT-T-2").param("direction", "OUTGOING").param("kind", "EUROJUST")
                        .param("countryCode", "NL").param("authority", "").param("legalBasis", "EUROJUST_2016")
                        .param("subjects", "INFORMATION_EXCHANGE").param("language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"authority-error\"")));
        mvc.perform(get("/cooperation/new").param("proceedingId", Long.toString(proceeding)).session(investigator))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"persons\"")));
        mvc.perform(get("/cooperation").param("proceedingId", Long.toString(proceeding)).session(investigator))
                .andExpect(status().isOk()).andExpect(content().string(containsString("EXT-T-1")));
        mvc.perform(get("/cooperation/new").param("lang", "en").session(investigator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the proceeding")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"reference\""))));
        mvc.perform(get("/cooperation/" + id).param("lang", "en").session(SignIn.demo(mvc, "operative")))
                .andExpect(status().isNotFound());
    }
}
