package org.nadiya.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@NadiyaTest
class QualificationApiTest extends DemoWebTest {

    private static final String CHILD_BY_PARENT = """
            {"acts":["sale"],"purposes":["forced_begging"],"victims":[{"age":12,"offender_relation":"parent"}],
             "victim_consented":true}""";
    private static final String ADULT_WITHOUT_MEANS = """
            {"acts":["recruitment"],"purposes":["forced_labour"],"victims":[{"age":30}]}""";

    @Autowired
    UserAdministration users;

    private ResultActions postFacts(MockHttpSession session, String body) throws Exception {
        return mvc.perform(post("/api/v1/qualification").session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void oneFactsObjectGivesOneQualification() throws Exception {
        postFacts(SignIn.demo(mvc, "prosecutor"), CHILD_BY_PARENT)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.article").value("149"))
                .andExpect(jsonPath("$.part").value(3))
                .andExpect(jsonPath("$.grounds[0]").value("victim_minor"))
                .andExpect(jsonPath("$.grounds[1]").value("minor_by_parent_or_guardian"))
                .andExpect(jsonPath("$.grounds[2]").value("child_under_14"))
                .andExpect(jsonPath("$.missing_elements").isEmpty())
                .andExpect(jsonPath("$.severity").value("especially_grave"))
                .andExpect(jsonPath("$.penalty.min_years").value(8))
                .andExpect(jsonPath("$.penalty.max_years").value(15))
                .andExpect(jsonPath("$.jurisdiction").value("NPU"))
                .andExpect(jsonPath("$.jurisdiction_rule").value(org.hamcrest.Matchers.startsWith("CPC Art. 216(1)")))
                .andExpect(jsonPath("$.explanation_uk").value(org.hamcrest.Matchers.containsString("ч. 3 ст. 149")))
                .andExpect(jsonPath("$.explanation_en").value(org.hamcrest.Matchers.containsString("consent")));
    }

    @Test
    void anArrayGivesAnArrayInTheSameOrder() throws Exception {
        postFacts(SignIn.demo(mvc, "investigator"), "[" + ADULT_WITHOUT_MEANS + "," + CHILD_BY_PARENT + "]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].article").isEmpty())
                .andExpect(jsonPath("$[0].part").isEmpty())
                .andExpect(jsonPath("$[0].missing_elements[0]").value("means"))
                .andExpect(jsonPath("$[0].penalty").isEmpty())
                .andExpect(jsonPath("$[1].part").value(3));
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        var session = SignIn.demo(mvc, "analyst");
        postFacts(session, "[{}, {\"victims\":[{\"age\":9,\"offender_relation\":\"uncle\"}]}]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("facts[1].victims[0].offender_relation"))
                .andExpect(jsonPath("$.code").value("error.cases.facts.value"))
                .andExpect(jsonPath("$.detail").value(
                        "Невідоме значення «uncle»; допустимі: none, parent, adoptive_parent, guardian, custodian"));
        postFacts(session, "{\"offender\":{\"rank\":\"major\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("offender.rank"))
                .andExpect(jsonPath("$.detail").value("Невідоме поле"));
        postFacts(session, "{\"acts\": ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("facts"));
        mvc.perform(post("/api/v1/qualification").session(session).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("facts"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "prosecutor", "investigator", "operative", "analyst", "coordinator"})
    void caseWorkersMayAsk(String username) throws Exception {
        postFacts(SignIn.demo(mvc, username), "{}").andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"researcher", "partner"})
    void researchersAndPartnersMayNot(String username) throws Exception {
        postFacts(SignIn.demo(mvc, username), CHILD_BY_PARENT)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.error").value("forbidden"));
    }

    @Test
    void anonymousCallersAndMissingCsrfAreRefused() throws Exception {
        mvc.perform(post("/api/v1/qualification").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/qualification").session(SignIn.demo(mvc, "prosecutor"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
    }

    @Test
    void aPersonalAccessTokenWorks() throws Exception {
        var token = users.issueToken(users.find("operative").orElseThrow().id(), "qualification test", 1);
        mvc.perform(post("/api/v1/qualification").header("Authorization", "Bearer " + token.secret())
                        .contentType(MediaType.APPLICATION_JSON).content(CHILD_BY_PARENT))
                .andExpect(status().isOk()).andExpect(jsonPath("$.part").value(3));
    }
}
