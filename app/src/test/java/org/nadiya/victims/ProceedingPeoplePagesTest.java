package org.nadiya.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.AuditQuery;
import org.nadiya.cases.ProceedingFilter;
import org.nadiya.cases.Proceedings;
import org.nadiya.cooperation.Cooperation;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/** The proceeding's workspace shows its victims and witnesses and its international requests, under need-to-know. */
@NadiyaTest
class ProceedingPeoplePagesTest extends DemoWebTest {

    @Autowired
    Proceedings proceedings;

    @Autowired
    Persons persons;

    @Autowired
    Cooperation cooperation;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog audit;

    CurrentUser prosecutor;
    long withRequests;

    @BeforeEach
    void theDemoProsecutorsProceedingWithRequests() {
        var p = users.find("prosecutor").orElseThrow();
        prosecutor = new CurrentUser(p.id(), p.username(), p.displayName(), p.roles(), p.agencyCode(), p.regionCode(),
                p.supervisor());
        withRequests = cooperation.list(prosecutor, false).get(0).proceedingId();
    }

    @Test
    void theWorkspaceNamesItsPeopleWithRoleCoordinatorAndVictimStatusAndItsRequestsWithDeadlines() throws Exception {
        var session = SignIn.demo(mvc, "prosecutor");
        var linked = persons.visibleAmong(prosecutor, persons.linkedTo(withRequests));
        assertThat(linked).hasSizeGreaterThanOrEqualTo(3);
        String page = mvc.perform(get("/proceedings/" + withRequests).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Потерпілі та свідки")))
                .andExpect(content().string(containsString("Міжнародні запити")))
                .andExpect(content().string(containsString("Роль у провадженні")))
                .andExpect(content().string(containsString("встановлено")))
                .andExpect(content().string(containsString("MLA-DEMO-2025/03")))
                .andExpect(content().string(containsString("Молдова")))
                .andExpect(content().string(containsString("прострочено на 30 днів")))
                .andExpect(content().string(containsString("href=\"#people\"")))
                .andExpect(content().string(not(containsString("Victims and witnesses"))))
                .andExpect(content().string(not(containsString("International requests"))))
                .andReturn().getResponse().getContentAsString();
        for (long id : linked) {
            assertThat(page).contains(persons.open(prosecutor, id).pseudonym());
        }
        mvc.perform(get("/proceedings/" + withRequests).session(session).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Victims and witnesses")))
                .andExpect(content().string(containsString("30 days overdue")))
                .andExpect(content().string(containsString("Moldova")));
    }

    @Test
    void theApiListsPseudonymsRolesAndStatusesButNoIdentity() throws Exception {
        var session = SignIn.demo(mvc, "investigator");
        String body = mvc.perform(get("/api/v1/proceedings/" + withRequests + "/persons").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].pseudonym").exists())
                .andExpect(jsonPath("$[0].role").exists())
                .andExpect(jsonPath("$[0].victimStatus").exists())
                .andExpect(jsonPath("$[?(@.victimStatus == 'GRANTED')]").exists())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("name\":\"О").doesNotContain("birth").doesNotContain("phone");
    }

    @Test
    void anotherTeamsProceedingDoesNotExistAndTheAttemptIsAudited() throws Exception {
        long notOurs = proceedings.search(admin(), new ProceedingFilter(null, null, null, null, null, null, null, null,
                "12025050000001010", 0, 1)).rows().get(0).id();
        assertThat(proceedings.visibleAmong(prosecutor, Set.of(notOurs))).isEmpty();
        var session = SignIn.demo(mvc, "prosecutor");
        mvc.perform(get("/api/v1/proceedings/" + notOurs + "/persons").session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/proceedings/" + notOurs).session(session)).andExpect(status().isNotFound());
        assertThat(audit.find(new AuditQuery("prosecutor", "READ_REFUSED", "proceeding", String.valueOf(notOurs), null,
                null, null, 0, 10))).isNotEmpty();
    }

    @Test
    void aMalformedIdIsAClearErrorAndOtherRolesAreRefused() throws Exception {
        var session = SignIn.demo(mvc, "prosecutor");
        mvc.perform(get("/api/v1/proceedings/abc/persons").session(session).header("Accept-Language", "uk"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.common.value.malformed"));
        mvc.perform(get("/api/v1/proceedings/" + withRequests + "/persons").session(SignIn.demo(mvc, "partner")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/proceedings/" + withRequests + "/persons").session(SignIn.demo(mvc, "researcher")))
                .andExpect(status().isForbidden());
    }

    private CurrentUser admin() {
        var a = users.find("admin").orElseThrow();
        return new CurrentUser(a.id(), "admin", "A", a.roles(), a.agencyCode(), a.regionCode(), false);
    }
}
