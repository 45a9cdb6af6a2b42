package org.nadiya.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CTDC age bands on the demo data, as the researcher reads them: every person has a band, the bands are CTDC's,
 * the recorded age groups (which overlap the bands) are not published, and a group of persons has one number in
 * every table (the cell-key method: minors by majority and minors in the table by majority and band are the same
 * persons, so the same number; subtracting the bands from it gives only noise).
 */
@NadiyaTest
class AgeBandStatsTest extends DemoWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> MINOR = List.of("0--8", "9--17");

    @Autowired
    JdbcClient jdbc;

    @Test
    void bandsAndMajorityArePublishedAsOneProtection() throws Exception {
        var researcher = SignIn.demo(mvc, "researcher");
        Map<?, ?> catalogue = read(mvc.perform(get("/api/v1/stats").session(researcher)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        Map<?, ?> victims = ((List<?>) catalogue.get("tables")).stream().map(t -> (Map<?, ?>) t)
                .filter(t -> t.get("name").equals("victims")).findFirst().orElseThrow();
        Map<String, List<Object>> dimensions = new HashMap<>();
        ((List<?>) victims.get("dimensions")).forEach(d -> dimensions.put((String) ((Map<?, ?>) d).get("name"),
                List.copyOf((List<?>) ((Map<?, ?>) d).get("categories"))));
        assertThat(dimensions).doesNotContainKey("age_group");
        assertThat(dimensions.get("ctdc_age")).containsExactly((Object) "0--8", "9--17", "18--20", "21--23", "24--26",
                "27--29", "30--38", "39--47", "48+", "Unknown");

        assertThat(jdbc.sql("select count(*) from protected_person where age_band is null").query(Long.class).single())
                .isZero();
        Map<String, Long> bands = cells(researcher, "ctdc_age");
        Map<String, Long> majority = cells(researcher, "majority");
        System.out.println("demo victims by ctdc_age " + bands + " by majority " + majority);
        assertThat(bands.get("TOTAL")).isEqualTo(majority.get("TOTAL"));
        Map<?, ?> joint = read(mvc.perform(get("/api/v1/stats/victims").param("by", "majority,ctdc_age")
                .session(researcher)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (String part : List.of("rows", "totals")) {
            for (Object c : (List<?>) joint.get(part)) {
                Map<?, ?> cell = (Map<?, ?>) c;
                Map<?, ?> key = (Map<?, ?>) cell.get("key");
                if ("TOTAL".equals(key.get("ctdc_age")) && !"TOTAL".equals(key.get("majority"))) {
                    assertThat(cell.get("count")).as("%s", key).isEqualTo(majority.get(key.get("majority")) == null
                            ? null : majority.get(key.get("majority")).intValue());
                }
                if ("Minor".equals(key.get("majority")) && "30--38".equals(key.get("ctdc_age"))) {
                    assertThat(cell.get("status")).as("nobody can be a minor of 30--38").isEqualTo("ZERO");
                }
            }
        }
        assertThat(MINOR).allMatch(bands::containsKey);
    }

    private Map<String, Long> cells(org.springframework.mock.web.MockHttpSession session, String by) throws Exception {
        Map<?, ?> result = read(mvc.perform(get("/api/v1/stats/victims").param("by", by).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Map<String, Long> cells = new HashMap<>();
        for (String part : List.of("rows", "totals")) {
            for (Object c : (List<?>) result.get(part)) {
                Map<?, ?> cell = (Map<?, ?>) c;
                Object count = cell.get("count");
                cells.put((String) ((Map<?, ?>) cell.get("key")).get(by), count == null ? null : ((Number) count).longValue());
            }
        }
        return cells;
    }

    private static Map<?, ?> read(String json) {
        return JSON.readValue(json, Map.class);
    }
}
