package org.nadiya.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The training report over the demo reproduces the seed's cycle; who may read it and what it refuses. */
@NadiyaTest
class TrainingReportTest extends DemoWebTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCycleOf2025HasTheSeedsNumbers() throws Exception {
        var coordinator = SignIn.demo(mvc, "coordinator");
        mvc.perform(get("/api/v1/training/report").param("from", "2025-01-01").param("to", "2025-12-31").session(coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events").value(2))
                .andExpect(jsonPath("$.participants").value(49))
                .andExpect(jsonPath("$.regions").value(10))
                .andExpect(jsonPath("$.by_agency.PROSECUTOR").value(20))
                .andExpect(jsonPath("$.by_agency.NPU").value(12))
                .andExpect(jsonPath("$.by_agency.MIGRATION_POLICE").value(8))
                .andExpect(jsonPath("$.by_agency.SBI").value(9))
                .andExpect(jsonPath("$.by_region.UA").value(2))
                .andExpect(content().string(containsString("\"first_time_agencies\":[\"SBI\"]")));
        long attendances = jdbc.sql("select count(*) from training_participation t join training_event e on e.id = t.event_id"
                + " where e.starts_on between date '2025-01-01' and date '2025-12-31'").query(Long.class).single();
        assertThat(attendances).as("some persons came to both trainings; the report counts them once").isGreaterThan(49);

        String body = mvc.perform(get("/api/v1/training/report").param("from", "2024-10-01").param("to", "2025-03-31")
                        .session(coordinator)).andExpect(status().isOk())
                .andExpect(jsonPath("$.events").value(3)).andExpect(jsonPath("$.participants").value(58))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).startsWith("{\"events\":3,\"participants\":58,\"regions\":10,\"by_agency\":{")
                .contains("\"by_region\":{", "\"first_time_agencies\":[");
        mvc.perform(get("/api/v1/training/report").param("from", "2024-10-01").param("to", "2024-10-31").session(coordinator))
                .andExpect(jsonPath("$.participants").value(9)).andExpect(jsonPath("$.regions").value(0))
                .andExpect(content().string(containsString(
                        "\"first_time_agencies\":[\"COORDINATION_CENTRE\",\"MIGRATION_POLICE\",\"NPU\",\"PROSECUTOR\"]")));
    }

    @Test
    void thePublishedExportSuppressesSmallNumbersAndThePageShowsTheGain() throws Exception {
        var prosecutor = SignIn.demo(mvc, "prosecutor");
        String published = mvc.perform(get("/api/v1/training/report.csv").param("from", "2024-10-01")
                        .param("to", "2024-10-31").param("published", "true").session(prosecutor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(published).doesNotContain("agency,COORDINATION_CENTRE,2").containsPattern("agency,COORDINATION_CENTRE,(<5|[5-9])\\n");
        // the statistics publish the same nine persons with the same number
        String table = mvc.perform(get("/api/v1/stats/training_participants").param("by", "region")
                        .param("period", "2024-10").session(prosecutor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var total = java.util.regex.Pattern.compile("\\{\"key\":\\{\"region\":\"TOTAL\"},\"count\":(null|\\d+)").matcher(table);
        assertThat(total.find()).as(table).isTrue();
        assertThat(published).contains("total,participants," + (total.group(1).equals("null") ? "<5" : total.group(1)));
        mvc.perform(get("/api/v1/training/report.csv").param("from", "2024-10-01").param("to", "2024-10-15")
                        .param("published", "true").session(prosecutor))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("from"));
        mvc.perform(get("/api/v1/training/report.csv").param("from", "2024-10-01").param("to", "2024-10-31")
                        .session(prosecutor))
                .andExpect(content().string(containsString("agency,COORDINATION_CENTRE,2")));
        mvc.perform(get("/training/report").param("from", "2025-01-01").param("to", "2025-12-31").param("lang", "en")
                        .session(prosecutor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("participants (distinct persons): 49")))
                .andExpect(content().string(containsString("Tracking financial traces")));
        // prosecutors read reports but never names
        long event = jdbc.sql("select min(id) from training_event").query(Long.class).single();
        mvc.perform(get("/api/v1/training/events/" + event + "/participants").session(prosecutor))
                .andExpect(status().isForbidden());
        mvc.perform(get("/training/" + event).session(prosecutor)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Демо-10"))));
    }

    @Test
    void rolesWithoutTrainingRecordsAreRefusedAndBadPeriodsNameTheField() throws Exception {
        for (String user : new String[] {"researcher", "partner", "investigator", "operative"}) {
            var session = SignIn.demo(mvc, user);
            mvc.perform(get("/api/v1/training/report").param("from", "2025-01-01").param("to", "2025-12-31").session(session))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/training").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/training/report").session(session)).andExpect(status().isForbidden());
        }
        var analyst = SignIn.demo(mvc, "analyst");
        mvc.perform(get("/api/v1/training/report").param("to", "2025-12-31").session(analyst))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("from"));
        mvc.perform(get("/api/v1/training/report").param("from", "2025-13-01").param("to", "2025-12-31").session(analyst))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("from"));
        mvc.perform(get("/api/v1/training/report").param("from", "2025-12-31").param("to", "2025-01-01").session(analyst))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("to"));
    }

    @Test
    void officialsNamesAreStoredEncrypted() {
        List<String> names = jdbc.sql("select name_enc from training_person").query(String.class).list();
        assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(name).doesNotContain("Вигадан", "Демо"));
    }
}
