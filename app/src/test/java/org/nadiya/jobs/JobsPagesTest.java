package org.nadiya.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** The administrators' jobs page in both languages; a job's state only for the user who started it. */
@NadiyaTest
class JobsPagesTest extends DemoWebTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorSeesWhoStartedWhatItsStateAndDurationInBothLanguages() throws Exception {
        long done = job("finance.analysis", "analyst", "DONE", null);
        long failed = job("screening.batch", "operative", "FAILED", "IllegalStateException: broken");
        var admin = SignIn.demo(mvc, "admin");
        String uk = mvc.perform(get("/admin/jobs").session(admin)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(uk).contains("Фонові завдання", "Аналіз виписок № 7" + done, "Завершено", "Не вдалося",
                "Перевірка пакета оголошень № 7" + failed, "Технічна причина збою", "0:01:05")
                .doesNotContain("??", "finance.analysis", "Done");
        String en = mvc.perform(get("/admin/jobs").param("lang", "en").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Background jobs", "Statement analysis no. 7" + done, "Done", "Failed")
                .doesNotContain("??", "Завершено");
        String onlyFailed = mvc.perform(get("/admin/jobs").param("state", "FAILED").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(onlyFailed).contains("№ 7" + failed).doesNotContain("№ 7" + done + "<");
        mvc.perform(get("/admin/jobs").param("state", "<script>").session(admin)).andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"prosecutor", "investigator", "operative", "analyst", "coordinator", "partner", "researcher"})
    void onlyAdministratorsSeeTheJobsPage(String username) throws Exception {
        var session = SignIn.demo(mvc, username);
        mvc.perform(get("/admin/jobs").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void aJobIsVisibleToItsStarterAndAdministratorsOnlyOthersGet404() throws Exception {
        long id = job("finance.analysis", "analyst", "RUNNING", null);
        mvc.perform(get("/api/v1/jobs/" + id).session(SignIn.demo(mvc, "analyst"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RUNNING")).andExpect(jsonPath("$.startedBy").value("analyst"));
        mvc.perform(get("/api/v1/jobs/" + id).session(SignIn.demo(mvc, "admin"))).andExpect(status().isOk());
        for (String other : new String[] {"prosecutor", "operative", "investigator", "coordinator"}) {
            int status = mvc.perform(get("/api/v1/jobs/" + id).session(SignIn.demo(mvc, other))).andReturn()
                    .getResponse().getStatus();
            assertThat(status).as(other).isEqualTo(404);
        }
        for (String confined : new String[] {"partner", "researcher"}) {
            int status = mvc.perform(get("/api/v1/jobs/" + id).session(SignIn.demo(mvc, confined))).andReturn()
                    .getResponse().getStatus();
            assertThat(status).as(confined + ": refused before the id is looked at, or not found").isIn(403, 404);
        }
        mvc.perform(get("/api/v1/jobs/999999999").session(SignIn.demo(mvc, "analyst"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/jobs/abc").session(SignIn.demo(mvc, "analyst"))).andExpect(status().isBadRequest());
    }

    /** A job row as an instance leaves it (not scheduled: nothing runs it); subjects start with 7 to find them. */
    private long job(String kind, String by, String state, String failure) {
        var keys = new GeneratedKeyHolder();
        var start = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        jdbc.sql("""
                insert into job (kind, subject_key, started_by, state, attempts, instance, created_at, started_at,
                    finished_at, failure)
                values (:kind, 'x', :by, :state, 1, 'host-1', :start, :start, :end, :failure)
                """).param("kind", kind).param("by", by).param("state", state).param("start", start)
                .param("end", "RUNNING".equals(state) ? null : start.plusSeconds(65)).param("failure", failure)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("update job set subject_key = :s where id = :id").param("s", "7" + id).param("id", id).update();
        return id;
    }
}
