package org.nadiya.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The HTCDS case export carries exactly the parts the person consented to share with the named partner. */
@NadiyaTest
class HtcdsExportTest extends DemoWebTest {

    private static final String NGO = "NGO_DEMO_SVITANOK";

    @Autowired
    JdbcClient jdbc;

    private long personWith(String scope) {
        return jdbc.sql("""
                select min(p.id) from protected_person p where p.region_code = 'UA-05' and exists (select 1 from consent c
                where c.person_id = p.id and c.scope = :s and c.recipient = :ngo and c.withdrawn_on is null)
                and exists (select 1 from consent c where c.person_id = p.id and c.scope = 'SHARE_CASE_DETAILS'
                and c.recipient = :ngo and c.withdrawn_on is null)""").param("s", scope).param("ngo", NGO)
                .query(Long.class).single();
    }

    private long personWithoutConsentTo() {
        return jdbc.sql("""
                select min(p.id) from protected_person p where p.region_code = 'UA-05' and not exists (select 1 from
                consent c where c.person_id = p.id and c.recipient = :ngo)""").param("ngo", NGO).query(Long.class).single();
    }

    private String body(long person, String reason) {
        return "{\"personId\":" + person + ",\"partner\":\"" + NGO + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    @Test
    void consentedIdentityAndDetailsAreExportedInHtcdsFields() throws Exception {
        var coordinator = SignIn.demo(mvc, "coordinator");
        long person = personWith("SHARE_IDENTITY");
        mvc.perform(post("/api/v1/stats/exports/htcds").with(csrf()).session(coordinator)
                        .contentType(MediaType.APPLICATION_JSON).content(body(person, null)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
        String json = mvc.perform(post("/api/v1/stats/exports/htcds").with(csrf()).session(coordinator)
                        .contentType(MediaType.APPLICATION_JSON).content(body(person, "handover to the NGO")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation.org_Type").value("NGO"))
                .andExpect(jsonPath("$.person.prs_FirstName").exists())
                .andExpect(jsonPath("$.person.prs_Gender").exists())
                .andExpect(jsonPath("$.victimContext.vic_AgreementToManagePersonalData").value(true))
                .andExpect(jsonPath("$.case.cas_ReferredOrganisation").value(NGO))
                .andExpect(jsonPath("$.withheld[0]").value("perpetratorContext"))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("traffickingEvents");
    }

    @Test
    void withoutConsentOnlyThePseudonymLeaves() throws Exception {
        var coordinator = SignIn.demo(mvc, "coordinator");
        String json = mvc.perform(post("/api/v1/stats/exports/htcds").with(csrf()).session(coordinator)
                        .contentType(MediaType.APPLICATION_JSON).content(body(personWithoutConsentTo(), null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.prs_Id").exists())
                .andExpect(jsonPath("$.person.prs_FirstName").doesNotExist())
                .andExpect(jsonPath("$.person.prs_Gender").doesNotExist())
                .andExpect(jsonPath("$.victimContext").doesNotExist())
                .andExpect(jsonPath("$.traffickingEvents").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("person.identity", "victimContext", "traffickingEvents");
    }

    @Test
    void researchersAndUnknownPartnersAreRefused() throws Exception {
        long person = personWith("SHARE_IDENTITY");
        mvc.perform(post("/api/v1/stats/exports/htcds").with(csrf()).session(SignIn.demo(mvc, "researcher"))
                .contentType(MediaType.APPLICATION_JSON).content(body(person, "x"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/stats/exports/htcds").with(csrf()).session(SignIn.demo(mvc, "coordinator"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":" + person + ",\"partner\":\"NOPE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("partner"));
    }
}
