package org.nadiya.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import tools.jackson.databind.json.JsonMapper;

/** The statistics API as the demo researcher uses it: every table protected, every bad parameter named. */
@NadiyaTest
class StatsApiTest extends DemoWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theCatalogueListsEveryTableWithItsDimensions() throws Exception {
        var researcher = SignIn.demo(mvc, "researcher");
        mvc.perform(get("/api/v1/stats").session(researcher)).andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[*].name").value(org.hamcrest.Matchers.hasItems("proceedings", "victims",
                        "status_applications", "referrals", "interviews", "interviewed_persons", "trainings",
                        "training_participants")))
                .andExpect(jsonPath("$.tables[?(@.name=='victims')].dimensions[*].name")
                        .value(org.hamcrest.Matchers.hasItems("exploitation_form", "ctdc_age", "country_of_exploitation")));
    }

    @Test
    void everyTableByEveryDimensionPairNeverShowsACountUnderFive() throws Exception {
        var researcher = SignIn.demo(mvc, "researcher");
        Map<?, ?> catalogue = JSON.readValue(mvc.perform(get("/api/v1/stats").session(researcher))
                .andReturn().getResponse().getContentAsString(), Map.class);
        int checked = 0;
        for (Object t : (List<?>) catalogue.get("tables")) {
            Map<?, ?> table = (Map<?, ?>) t;
            List<String> dims = ((List<?>) table.get("dimensions")).stream().map(d -> (String) ((Map<?, ?>) d).get("name"))
                    .toList();
            for (int i = 0; i < dims.size(); i++) {
                for (int j = i; j < Math.min(dims.size(), i + 2); j++) {
                    String by = i == j ? dims.get(i) : dims.get(i) + "," + dims.get(j);
                    String body = mvc.perform(get("/api/v1/stats/" + table.get("name")).param("by", by)
                            .session(researcher)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                    Map<?, ?> result = JSON.readValue(body, Map.class);
                    assertThat(result.get("table")).isEqualTo(table.get("name"));
                    for (String part : List.of("rows", "totals")) {
                        for (Object c : (List<?>) result.get(part)) {
                            Map<?, ?> cell = (Map<?, ?>) c;
                            Object count = cell.get("count");
                            assertThat(cell.get("key")).isInstanceOf(Map.class);
                            if (Boolean.TRUE.equals(cell.get("suppressed"))) {
                                assertThat(count).isNull();
                            } else {
                                assertThat(((Number) count).longValue()).as("%s by %s: %s", table.get("name"), by, cell)
                                        .matches(n -> n == 0 || n >= 5);
                            }
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    /**
     * The four queries of issue 15 point 3, which recovered counts of 1 to 3 by subtraction: each group of persons
     * now has one number in every query (the women of UA-05 by region and sex, by sex filtered on the region, by
     * region filtered on women), and no number is exact.
     */
    @Test
    void theIssuesFourQueriesGiveEachGroupOneNumber() throws Exception {
        var researcher = SignIn.demo(mvc, "researcher");
        Map<?, ?> byRegion = json(researcher, "/api/v1/stats/victims?by=region");
        Map<?, ?> byRegionWomen = json(researcher, "/api/v1/stats/victims?by=region&sex=FEMALE");
        Map<?, ?> byRegionAndSex = json(researcher, "/api/v1/stats/victims?by=region,sex");
        for (Object r : (List<?>) byRegion.get("rows")) {
            Map<?, ?> row = (Map<?, ?>) r;
            Object region = ((Map<?, ?>) row.get("key")).get("region");
            Map<?, ?> bySex = json(researcher, "/api/v1/stats/victims?by=sex&region=" + region);
            assertThat(cell(bySex, Map.of("sex", "TOTAL")).get("count")).isEqualTo(row.get("count"));
            assertThat(cell(bySex, Map.of("sex", "TOTAL")).get("status")).isEqualTo(row.get("status"));
            assertThat(cell(byRegionAndSex, Map.of("region", region, "sex", "TOTAL")).get("count")).isEqualTo(row.get("count"));
            for (String sex : List.of("FEMALE", "MALE", "UNKNOWN")) {
                Map<?, ?> joint = cell(byRegionAndSex, Map.of("region", region, "sex", sex));
                assertThat(cell(bySex, Map.of("sex", sex)).get("count")).isEqualTo(joint.get("count"));
                if (sex.equals("FEMALE")) {
                    assertThat(cell(byRegionWomen, Map.of("region", region)).get("count")).isEqualTo(joint.get("count"));
                }
                assertThat(joint.get("status")).isIn("ZERO", "PERTURBED", "SMALL");
            }
        }
        assertThat(byRegion.get("method")).isEqualTo(Map.of("name", "cell-key", "maxNoise", 3, "threshold", 5));
        mvc.perform(get("/api/v1/stats/victims").param("by", "region,sex").param("kind", "VICTIM").param("crsv", "NO")
                .session(researcher)).andExpect(status().isBadRequest());
    }

    private Map<?, ?> json(org.springframework.mock.web.MockHttpSession session, String path) throws Exception {
        return JSON.readValue(mvc.perform(get(path).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), Map.class);
    }

    /** The cell (inner or margin) whose key has these values. */
    private static Map<?, ?> cell(Map<?, ?> table, Map<String, ?> key) {
        for (String part : List.of("rows", "totals")) {
            for (Object c : (List<?>) table.get(part)) {
                Map<?, ?> cell = (Map<?, ?>) c;
                if (((Map<?, ?>) cell.get("key")).equals(key)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell " + key + " in " + table);
    }

    @Test
    void filtersAndPeriodNarrowTheCount() throws Exception {
        var researcher = SignIn.demo(mvc, "researcher");
        mvc.perform(get("/api/v1/stats/proceedings").param("by", "stage").param("from", "2000-01-01")
                        .param("to", "2000-12-31").session(researcher)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totals[0].count").value(0))
                .andExpect(jsonPath("$.dimensions[0]").value("stage"));
        mvc.perform(get("/api/v1/stats/proceedings").param("by", "region").param("round", "5")
                .session(researcher)).andExpect(status().isOk()).andExpect(jsonPath("$.roundingBase").value(5));
    }

    @Test
    void badParametersAreNamed() throws Exception {
        var researcher = SignIn.demo(mvc, "researcher");
        mvc.perform(get("/api/v1/stats/nonsense").param("by", "year").session(researcher))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("table"));
        mvc.perform(get("/api/v1/stats/victims").param("by", "shoe_size").session(researcher))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("by"));
        mvc.perform(get("/api/v1/stats/victims").session(researcher))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("by"));
        mvc.perform(get("/api/v1/stats/victims").param("by", "sex").param("from", "2025-13-01").session(researcher))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("from"));
        mvc.perform(get("/api/v1/stats/victims").param("by", "sex").param("from", "2025-02-01")
                .param("to", "2025-01-01").session(researcher))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("to"));
        mvc.perform(get("/api/v1/stats/victims").param("by", "sex").param("article", "149").session(researcher))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("article"));
    }

    @Test
    void partnersGetNoStatistics() throws Exception {
        var partner = SignIn.demo(mvc, "partner");
        mvc.perform(get("/api/v1/stats").session(partner)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/stats/victims").param("by", "sex").session(partner)).andExpect(status().isForbidden());
    }
}
