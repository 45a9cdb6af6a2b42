package org.nadiya.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.Eventually;
import org.nadiya.testsupport.SignIn;
import org.nadiya.security.FieldEncryption;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The financial analysis tab and its API with the demo users: the demo analysis shows findings; upload → analysis →
 * findings → confirm → CSV over the API; the pages; and every finance route answers 404 to users who may not see
 * the proceeding (analyst and coordinator outside the team, partner, researcher).
 */
class FinancePagesTest extends DemoWebTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FieldEncryption encryption;

    long proceeding;
    long demoAnalysis;

    @BeforeEach
    void demoProceeding() {
        demoAnalysis = jdbc.sql("select min(id) from finance_analysis where started_by = 'prosecutor'")
                .query(Long.class).single();
        proceeding = jdbc.sql("select proceeding_id from finance_analysis where id = :a").param("a", demoAnalysis)
                .query(Long.class).single();
    }

    @Test
    void theDemoProceedingShowsAFinishedAnalysisWithFindings() throws Exception {
        var prosecutor = SignIn.demo(mvc, "prosecutor");
        mvc.perform(get("/api/v1/proceedings/" + proceeding + "/finance/analyses/" + demoAnalysis).session(prosecutor))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.transactions").value(org.hamcrest.Matchers.greaterThanOrEqualTo(4000)));
        mvc.perform(get("/api/v1/proceedings/" + proceeding + "/finance/analyses/" + demoAnalysis + "/findings")
                        .session(prosecutor).param("typology", "cycle"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].typologies").value(org.hamcrest.Matchers.hasItem("cycle")));
        mvc.perform(get("/proceedings/" + proceeding).session(prosecutor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/proceedings/" + proceeding + "/finance")));
        mvc.perform(get("/proceedings/" + proceeding + "/finance").session(prosecutor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("demo-bank-statement.csv")))
                .andExpect(content().string(containsString("/js/finance.js")))
                // The browser's size check gets the configured limits (2 MB and 256 KB in the test context).
                .andExpect(content().string(containsString("data-max-bytes=\"2097152\"")))
                .andExpect(content().string(containsString("data-max-sheet-bytes=\"262144\"")))
                .andExpect(content().string(containsString("2 MB")));
        // The original, streamed from its chunks, with its SHA-256.
        var stored = jdbc.sql("select id, sha256, size_bytes from finance_statement where proceeding_id = :p"
                        + " and file_name = 'demo-bank-statement.csv'").param("p", proceeding)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)}).single();
        var download = mvc.perform(get("/proceedings/" + proceeding + "/finance/statements/" + stored[0] + "/file")
                        .session(prosecutor)).andExpect(status().isOk())
                .andExpect(header().string("X-Content-SHA256", (String) stored[1])).andReturn().getResponse();
        byte[] bytes = download.getContentAsByteArray();
        assertThat((long) bytes.length).isEqualTo(stored[2]).isGreaterThan(16 * 1024);
        assertThat(FinanceContract.sha256(bytes)).isEqualTo(stored[1]);
    }

    @Test
    void uploadAnalyseConfirmAndExportOverTheApi() throws Exception {
        var prosecutor = SignIn.demo(mvc, "prosecutor");
        String salt = "api" + System.nanoTime();
        String api = "/api/v1/proceedings/" + proceeding + "/finance";
        mvc.perform(multipart(api + "/statements").file(new MockMultipartFile("file", "api.csv", "text/csv",
                        FinanceContract.statement(salt).getBytes(StandardCharsets.UTF_8))).session(prosecutor).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.imported").value(14))
                .andExpect(jsonPath("$.sha256").isString());
        String started = mvc.perform(post(api + "/analyses").session(prosecutor).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(started.replaceAll(".*\"id\":(\\d+).*", "$1"));
        String status = Eventually.value(() -> body(get(api + "/analyses/" + id).session(prosecutor)),
                b -> !b.contains("\"RUNNING\""));
        assertThat(status).contains("\"DONE\"");

        String findings = body(get(api + "/analyses/" + id + "/findings").session(prosecutor)
                .param("typology", "fan-in").param("sort", "score"));
        assertThat(findings).contains(FinanceContract.COLLECTOR);
        List<String> withCollector = com.jayway.jsonpath.JsonPath.read(findings,
                "$[?(@.accounts contains '" + FinanceContract.COLLECTOR + "')].id");
        String findingId = withCollector.get(0);
        mvc.perform(post(api + "/analyses/" + id + "/findings/" + findingId + "/review").session(prosecutor).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"state\":\"DISMISSED\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("note"));
        mvc.perform(post(api + "/analyses/" + id + "/findings/" + findingId + "/review").session(prosecutor).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"state\":\"CONFIRMED\",\"note\":\"плата за «роботу»\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.review").value("CONFIRMED"))
                .andExpect(jsonPath("$.reviewedBy").value("prosecutor"));
        mvc.perform(get(api + "/analyses/" + id + "/findings.csv").session(prosecutor).param("review", "confirmed"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("findings.csv")))
                .andExpect(content().string(containsString(findingId + ",fan-in")))
                .andExpect(content().string(containsString("confirmed,плата за «роботу»,prosecutor")));
        mvc.perform(get(api + "/analyses/" + id + "/findings/" + findingId + "/graph").session(prosecutor))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nodes[?(@.id == '" + FinanceContract.COLLECTOR + "')].name")
                        .value(org.hamcrest.Matchers.hasItem(FinanceContract.HOLDER)));
        mvc.perform(get(api + "/analyses/" + id + "/trace").session(prosecutor).param("account", FinanceContract.COLLECTOR)
                        .param("hops", "4").param("method", "proportional"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.trace.method").value("proportional"))
                .andExpect(jsonPath("$.trace.terminals[0].account").value("ABROAD1"));
        mvc.perform(get(api + "/analyses/" + id + "/trace").session(prosecutor).param("account", FinanceContract.COLLECTOR)
                        .param("since", "yesterday"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("since"));
        mvc.perform(multipart(api + "/statements").file(new MockMultipartFile("file", "api.csv", "text/csv",
                        FinanceContract.statement(salt).getBytes(StandardCharsets.UTF_8))).session(prosecutor).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("error.finance.file.duplicate"));
    }

    @Test
    void thePagesShowFindingsReviewTracesAndTheReport() throws Exception {
        var prosecutor = SignIn.demo(mvc, "prosecutor");
        String base = "/proceedings/" + proceeding + "/finance/analyses/" + demoAnalysis;
        String page = mvc.perform(get(base).session(prosecutor).param("sort", "accounts").param("dir", "asc"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("findings.csv")))
                .andReturn().getResponse().getContentAsString();
        String findingId = page.replaceAll("(?s).*/findings/(F\\d+)\".*", "$1");
        assertThat(findingId).matches("F\\d+");
        mvc.perform(get(base + "/findings/" + findingId).session(prosecutor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/dist/cytoscape.min.js")))
                .andExpect(content().string(containsString("/js/finance-graph.js")))
                .andExpect(content().string(containsString("name=\"state\"")))
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(post(base + "/findings/" + findingId + "/review").session(prosecutor).with(csrf())
                        .param("state", "dismissed").param("note", "звичайні розрахунки магазину"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base).session(prosecutor).param("review", "DISMISSED")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/findings/" + findingId + "\"")));
        mvc.perform(get(base + "/report").session(prosecutor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("звичайні розрахунки магазину")));
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'prosecutor' and action = 'FINANCE_REPORT_PRINTED'"
                + " and entity_id = :p").param("p", String.valueOf(proceeding)).query(Long.class).single()).isPositive();
        mvc.perform(get(base + "/progress").session(prosecutor)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("hx-trigger"))));
        String account = jdbc.sql("select id, accounts from finance_finding where analysis_id = :a and finding_id = :f")
                .param("a", demoAnalysis).param("f", findingId)
                .query((rs, n) -> encryption.decrypt(rs.getString(2), "finance_finding.accounts:" + rs.getLong(1)))
                .single().split("\n")[0];
        mvc.perform(get(base + "/trace").session(prosecutor).param("account", account).param("direction", "backward"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"traced\"")));

        mvc.perform(multipart("/proceedings/" + proceeding + "/finance/statements").file(new MockMultipartFile("file",
                        "bad.csv", "text/csv", "id,timestamp\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                        .header("HX-Request", "true").session(prosecutor).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString("bad.csv")));
        mvc.perform(multipart("/proceedings/" + proceeding + "/finance/statements").file(new MockMultipartFile("file",
                        "page.csv", "text/csv", FinanceContract.statement("page" + System.nanoTime())
                                .getBytes(StandardCharsets.UTF_8))).header("HX-Request", "true").session(prosecutor).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("HX-Redirect", "/proceedings/" + proceeding + "/finance"));
    }

    @Test
    void bankExportsAreRecognisedAndTheirErrorsShownInTheReadersLanguage() throws Exception {
        var prosecutor = SignIn.demo(mvc, "prosecutor");
        String page = "/proceedings/" + proceeding + "/finance";
        java.nio.charset.Charset cp1251 = java.nio.charset.Charset.forName("windows-1251");
        String sense = "Наш рахунок;Наш IBAN;Операція;Рахунок;IBAN;МФО банку контрагента;Найменування контрагента;"
                + "Код контрагента;Призначення платежу;Дата проведення;Номер документа;Сума;Валюта;Час проведення;"
                + "Дата документа;Дата архівування;Ід.код;Найменування;МФО\r\n"
                + "26007052701234;UA423003460000026007052701234;Дебет;;UA113003460000026003052701111;300346;"
                + "ТОВ \"ВЕКТОР ПЛЮС\";41234567;Оплата за обладнання " + System.nanoTime() + ";09.03.2026;1;1018.23;UAH;"
                + "14:00:14;09.03.2026;09.03.2026;41234560;ТОВ \"НОВА ХВИЛЯ\";300346\r\n";
        mvc.perform(multipart(page + "/statements").file(new MockMultipartFile("file", "alfa-business.csv", "text/csv",
                        sense.getBytes(cp1251))).header("HX-Request", "true").session(prosecutor).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("HX-Redirect", page));
        // The format by its name and the account the file named, with no account typed.
        mvc.perform(get(page).session(prosecutor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sense Bank для бізнесу (Альфа-Банк)")))
                .andExpect(content().string(containsString("UA423003460000026007052701234")));

        String privat = "ЄДРПОУ;МФО;Рахунок;Валюта;Номер документу;Дата операції;МФО банку;Назва банку;"
                + "Рахунок кореспондента;ЄДРПОУ кореспондента;Кореспондент;Сума;Призначення платежу;\n"
                + "43125567;305299;UA683052990000026003016211432;UAH;1;02.03.2026;305299;ПРИВАТБАНК;"
                + "UA903052990000026004011223344;3012345678;ФОП Коваленко;-70 0O0.00;Оплата;\n";
        var bad = new MockMultipartFile("file", "privat.csv", "text/csv", privat.getBytes(cp1251));
        mvc.perform(multipart(page + "/statements").file(bad).header("HX-Request", "true").session(prosecutor)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("privat.csv, рядок 2, колонка «Сума»: «-70 0O0.00» — не сума")));
        mvc.perform(multipart(page + "/statements").file(bad).header("HX-Request", "true").session(prosecutor)
                        .cookie(new jakarta.servlet.http.Cookie("NADIYA_LANG", "en")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("privat.csv, row 2, column ‘Сума’: ‘-70 0O0.00’ is not an amount")));
        mvc.perform(multipart("/api/v1" + page + "/statements").file(new MockMultipartFile("file", "payments.xml",
                        "application/xml", ("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\">"
                        + "<CstmrCdtTrfInitn/></Document>").getBytes(StandardCharsets.UTF_8))).session(prosecutor)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("payments.xml: це повідомлення ISO 20022 pain.001.001.03, а не"
                        + " банківська виписка")));
    }

    @Test
    void everyFinanceRouteIsNotFoundForThoseOutsideTheProceeding() throws Exception {
        String findingId = jdbc.sql("select min(finding_id) from finance_finding where analysis_id = :a")
                .param("a", demoAnalysis).query(String.class).single();
        long statement = jdbc.sql("select min(id) from finance_statement where proceeding_id = :p").param("p", proceeding)
                .query(Long.class).single();
        String p = "/proceedings/" + proceeding + "/finance";
        String a = p + "/analyses/" + demoAnalysis;
        String api = "/api/v1" + p;
        String apiA = api + "/analyses/" + demoAnalysis;
        List<String> gets = List.of(p, p + "/statements/" + statement + "/file", a, a + "/progress", a + "/findings/" + findingId,
                a + "/findings.csv", a + "/report", a + "/trace?account=X", api + "/statements", api + "/analyses", apiA,
                apiA + "/findings", apiA + "/findings.csv", apiA + "/findings/" + findingId,
                apiA + "/findings/" + findingId + "/graph", apiA + "/trace?account=X",
                a + "/findings/" + findingId + "/transactions.csv", apiA + "/findings/" + findingId + "/transactions");
        List<String> outsiders = new ArrayList<>(List.of("analyst", "coordinator", "partner", "researcher"));
        boolean operativeOnTeam = jdbc.sql("select count(*) from team_member t join app_user u on u.id = t.user_id"
                + " where u.username = 'operative' and t.proceeding_id = :p").param("p", proceeding).query(Long.class).single() > 0;
        if (!operativeOnTeam) {
            outsiders.add("operative");
        }
        var leaks = new ArrayList<String>();
        for (String username : outsiders) {
            MockHttpSession session = SignIn.demo(mvc, username);
            for (String route : gets) {
                int code = mvc.perform(get(route).session(session)).andReturn().getResponse().getStatus();
                if (code != 404) {
                    leaks.add(username + " GET " + route + " -> " + code);
                }
            }
            for (String route : List.of(p + "/analyses", a + "/findings/" + findingId + "/review")) {
                int code = mvc.perform(post(route).session(session).with(csrf()).param("state", "CONFIRMED")
                        .param("note", "x")).andReturn().getResponse().getStatus();
                if (code != 404) {
                    leaks.add(username + " POST " + route + " -> " + code);
                }
            }
            for (String route : List.of(api + "/analyses", apiA + "/findings/" + findingId + "/review")) {
                int code = mvc.perform(post(route).session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\":\"CONFIRMED\",\"note\":\"x\"}")).andReturn().getResponse().getStatus();
                if (code != 404) {
                    leaks.add(username + " POST " + route + " -> " + code);
                }
            }
            int upload = mvc.perform(multipart(api + "/statements").file(new MockMultipartFile("file", "x.csv", "text/csv",
                    FinanceContract.statement("x").getBytes(StandardCharsets.UTF_8))).session(session).with(csrf()))
                    .andReturn().getResponse().getStatus();
            if (upload != 404) {
                leaks.add(username + " upload -> " + upload);
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'researcher' and action = 'READ_REFUSED'"
                + " and entity_id = :p").param("p", String.valueOf(proceeding)).query(Long.class).single()).isPositive();
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
