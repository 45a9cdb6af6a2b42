package org.nadiya.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nadiya.stats.internal.CtdcCodebook;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The research export holds only persons who consented to statistical use, is k-anonymous on its output and speaks
 * CTDC's variables and codes (the codebook's list kept as test data): checked on what the API returns, for the
 * default k and a smaller one.
 */
@NadiyaTest
class ResearchExportTest extends DemoWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CtdcCodebook CODEBOOK = CtdcCodebook.load();

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOutputIsKAnonymousAndHoldsOnlyConsentingPersons() throws Exception {
        var researcher = SignIn.demo(mvc, "researcher");
        long consenting = jdbc.sql("select count(distinct person_id) from consent where scope = 'USE_IN_STATISTICS'"
                + " and withdrawn_on is null").query(Long.class).single();
        for (int k : new int[] {11, 5}) {
            Map<?, ?> body = JSON.readValue(mvc.perform(get("/api/v1/stats/exports/research").param("k", "" + k)
                    .session(researcher)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), Map.class);
            @SuppressWarnings("unchecked")
            List<String> columns = (List<String>) body.get("columns");
            List<?> qi = (List<?>) body.get("quasiIdentifiers");
            List<?> records = (List<?>) body.get("records");
            assertThat(columns).contains("yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation",
                    "typeOfLabourBegging", "meansOfControlDebtBondage");
            @SuppressWarnings("unchecked")
            List<List<String>> rows = (List<List<String>>) body.get("records");
            assertThat(rows).isNotEmpty();
            assertThat(CODEBOOK.problems(columns, rows, Set.of("macroRegion"))).isEmpty();
            assertThat(rows).allSatisfy(row -> assertThat(row).doesNotContain("*", "Unknown", "FORCED_LABOUR"));
            Map<List<Object>, Integer> classes = new HashMap<>();
            for (Object r : records) {
                List<?> record = (List<?>) r;
                classes.merge(qi.stream().map(q -> (Object) record.get(columns.indexOf(q))).toList(), 1, Integer::sum);
            }
            int kk = k;
            classes.forEach((key, size) -> assertThat(size).as("k=%d class %s", kk, key).isGreaterThanOrEqualTo(kk));
            assertThat(records.size() + ((Number) body.get("droppedRecords")).intValue()).isLessThanOrEqualTo((int) consenting);
        }
    }

    @Test
    void onlyResearchersAndAdministratorsExportRecordsAndKIsChecked() throws Exception {
        mvc.perform(get("/api/v1/stats/exports/research").session(SignIn.demo(mvc, "coordinator")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/stats/exports/research").param("k", "2").session(SignIn.demo(mvc, "researcher")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("k"));
        mvc.perform(get("/stats/research.csv").session(SignIn.demo(mvc, "researcher"))).andExpect(status().isOk());
    }
}
