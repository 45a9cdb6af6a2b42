package org.nadiya.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;

/**
 * A researcher reaches the statistics and their own account, nothing else: existing modules refuse them by their own
 * rules (403 or 404), and any route no module has opened to them (a module added later) answers 403.
 */
@NadiyaTest
class ResearcherConfinementTest extends DemoWebTest {

    @Test
    void theResearcherIsRefusedEverywhereOutsideStatistics() throws Exception {
        var researcher = SignIn.demo(mvc, "researcher");
        for (String path : new String[] {"/proceedings", "/proceedings/1", "/persons", "/persons/1", "/referrals",
                "/partners", "/qualification", "/coordinator", "/admin/users", "/admin/audit"}) {
            assertThat(mvc.perform(get(path).session(researcher)).andReturn().getResponse().getStatus()).as(path)
                    .isIn(403, 404);
        }
        for (String path : new String[] {"/api/v1/proceedings", "/api/v1/persons", "/api/v1/referrals",
                "/api/v1/partners", "/api/v1/interviews/over-warnings", "/api/v1/admin/audit"}) {
            assertThat(mvc.perform(get(path).session(researcher)).andReturn().getResponse().getStatus()).as(path)
                    .isIn(403, 404);
        }
        mvc.perform(get("/").session(researcher)).andExpect(status().isOk());
        mvc.perform(get("/stats").session(researcher)).andExpect(status().isOk());
        mvc.perform(get("/account").session(researcher)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").session(researcher)).andExpect(status().isOk());
    }

    @Test
    void aRouteNoModuleOpenedToResearchersIsForbiddenToThem() throws Exception {
        var researcher = SignIn.demo(mvc, "researcher");
        mvc.perform(get("/finance/statements").session(researcher)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/links/hits").session(researcher)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        mvc.perform(get("/finance/statements").session(SignIn.demo(mvc, "coordinator"))).andExpect(status().isNotFound());
    }

    @Test
    void otherRolesStillReachTheirPagesAndTheStatistics() throws Exception {
        var coordinator = SignIn.demo(mvc, "coordinator");
        mvc.perform(get("/").session(coordinator)).andExpect(status().isOk());
        mvc.perform(get("/persons").session(coordinator)).andExpect(status().isOk());
        mvc.perform(get("/stats").session(coordinator)).andExpect(status().isOk());
        var partner = SignIn.demo(mvc, "partner");
        mvc.perform(get("/stats").session(partner)).andExpect(status().isForbidden());
    }
}
