package org.nadiya.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.AuditQuery;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.nadiya.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator edits a user's access; the audit says what changed (never the e-mail); the list shows state. */
@NadiyaTest
class AdminUserEditTest extends DemoWebTest {

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog audit;

    @Test
    void anEditOfRolesAgencyRegionAndSupervisionIsAuditedFieldByField() throws Exception {
        var user = TestUsers.create(users, Role.INVESTIGATOR, "NPU", "UA-05");
        var session = SignIn.demo(mvc, "admin");
        mvc.perform(post("/admin/users/" + user.id()).session(session).with(csrf())
                        .param("displayName", user.displayName()).param("email", "new.address@example.org")
                        .param("roles", "INVESTIGATOR", "ANALYST").param("agencyCode", "NPU")
                        .param("regionCode", "UA-46").param("supervisor", "true"))
                .andExpect(redirectedUrl("/admin/users"));
        var changed = users.find(user.id()).orElseThrow();
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.INVESTIGATOR, Role.ANALYST);
        assertThat(changed.regionCode()).isEqualTo("UA-46");
        assertThat(changed.supervisor()).isTrue();
        var entry = audit.find(new AuditQuery(null, "USER_UPDATED", "user", String.valueOf(user.id()), null, null, null,
                0, 1)).get(0);
        assertThat(entry.details()).contains("roles [INVESTIGATOR] -> [INVESTIGATOR, ANALYST]")
                .contains("region UA-05 -> UA-46").contains("supervisor false -> true").contains("e-mail changed")
                .contains("sessions and tokens ended").doesNotContain("new.address").doesNotContain("agency");
    }

    @Test
    void theListNamesAgenciesAndRegionsAndFillsTheStateColumn() throws Exception {
        var session = SignIn.demo(mvc, "admin");
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("активний")))
                .andExpect(content().string(containsString("Вінницька")))
                .andExpect(content().string(not(containsString(">UA-05<"))))
                .andExpect(content().string(not(containsString(">NPU<"))));
        mvc.perform(get("/admin/users").session(session).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString(">active<")));
    }
}
