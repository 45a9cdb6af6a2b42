package org.nadiya.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nadiya.stats.internal.HtcdsStandard;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The HTCDS 2.0 case export: the standard's fields and values only, and exactly what the person consented to share. */
@NadiyaTest
class HtcdsExportTest extends DemoWebTest {

    private static final String NGO = "NGO_DEMO_SVITANOK";
    private static final HtcdsStandard STANDARD = HtcdsStandard.load();

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
                .andExpect(jsonPath("$.version").value("2.0"))
                .andExpect(jsonPath("$.organisation.org_Type").value("NGO"))
                .andExpect(jsonPath("$.person.prs_FirstName").isString())
                .andExpect(jsonPath("$.person.prs_Gender").isString())
                .andExpect(jsonPath("$.person.prs_Citizenship").isArray())
                .andExpect(jsonPath("$.consent.con_Consent").value(true))
                .andExpect(jsonPath("$.victimContext.vic_TraffickingStatus").isString())
                .andExpect(jsonPath("$.victimContext.vic_TypeOfExploitation").isArray())
                .andExpect(jsonPath("$.case.cas_ReferredOrganisation").value(NGO))
                .andExpect(jsonPath("$.nadiya.pseudonym").isString())
                .andExpect(jsonPath("$.withheld[0]").value("perpetratorContext"))
                .andReturn().getResponse().getContentAsString();
        assertConforms(json);
        assertThat(json).doesNotContain("prs_Nationality", "vic_TypeOfLabourExploitation",
                "vic_AgreementToManagePersonalData", "\"Female\"", "\"Male\"", "IllicitActivities", "\"Begging\"");
    }

    /** Every field and value is HTCDS 2.0's (the standard's own list), every core field present or explicitly empty. */
    private void assertConforms(String json) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> export = JsonMapper.builder().build().readValue(json, Map.class);
        List<String> problems = new ArrayList<>();
        for (String section : HtcdsStandard.SECTIONS.keySet()) {
            assertThat(export).as("section " + section).containsKey(section);
            problems.addAll(STANDARD.problems(section, export.get(section)));
        }
        assertThat(export.keySet()).containsOnly("standard", "version", "organisation", "person", "victimContext",
                "perpetratorContext", "traffickingEvents", "case", "consent", "nadiya", "withheld");
        assertThat(problems).isEmpty();
    }

    @Test
    void everyExportConformsWhateverTheConsentAndThePartner() throws Exception {
        var coordinator = SignIn.demo(mvc, "coordinator");
        List<Long> people = jdbc.sql("select id from protected_person where region_code = 'UA-05' order by id")
                .query(Long.class).list();
        List<String> partners = jdbc.sql("select agency_code from partner order by agency_code").query(String.class).list();
        assertThat(partners).contains("IOM_UKRAINE", NGO);
        for (String partner : partners) {
            for (long person : people.subList(0, Math.min(people.size(), 6))) {
                String json = mvc.perform(post("/api/v1/stats/exports/htcds").with(csrf()).session(coordinator)
                                .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":" + person
                                        + ",\"partner\":\"" + partner + "\",\"reason\":\"conformance check\"}"))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertConforms(json);
            }
        }
        mvc.perform(post("/api/v1/stats/exports/htcds").with(csrf()).session(coordinator)
                        .contentType(MediaType.APPLICATION_JSON).content(body(personWithoutConsentTo(), null)
                                .replace(NGO, "IOM_UKRAINE")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation.org_Type").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.organisation.org_Name").value(org.hamcrest.Matchers.containsString("IOM")));
    }

    @Test
    void withoutConsentOnlyThePseudonymLeaves() throws Exception {
        var coordinator = SignIn.demo(mvc, "coordinator");
        String json = mvc.perform(post("/api/v1/stats/exports/htcds").with(csrf()).session(coordinator)
                        .contentType(MediaType.APPLICATION_JSON).content(body(personWithoutConsentTo(), null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nadiya.pseudonym").isString())
                .andExpect(jsonPath("$.nadiya.exploitationForms").doesNotExist())
                .andExpect(jsonPath("$.person.prs_FirstName").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.person.prs_Gender").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.victimContext.vic_TypeOfExploitation").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.traffickingEvents").isEmpty())
                .andExpect(jsonPath("$.consent.con_Consent").value(false))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("person.identity", "victimContext", "traffickingEvents");
        assertConforms(json);
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
