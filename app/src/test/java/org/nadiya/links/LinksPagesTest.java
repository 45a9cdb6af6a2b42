package org.nadiya.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.demo.DemoLoader;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hit/no-hit over the API and in the browser with the demo users: the demo prosecutor's team (proceeding A) and
 * the demo operative's team (proceeding B, another region) share a phone. Each team learns that a match exists,
 * never the other proceeding's number or content; users of neither team learn nothing (404).
 */
@NadiyaTest
class LinksPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLoader demo;

    @Autowired
    JdbcClient jdbc;

    long a;
    long b;
    String erdrB;
    String summaryB;

    @BeforeEach
    void demoData() {
        demo.load();
        a = teamProceedings("prosecutor").stream().filter(p -> !teamProceedings("operative").contains(p)).findFirst().orElseThrow();
        b = teamProceedings("operative").stream().filter(p -> !teamProceedings("prosecutor").contains(p)).findFirst().orElseThrow();
        erdrB = jdbc.sql("select erdr_number from proceeding where id = :b").param("b", b).query(String.class).single();
        summaryB = jdbc.sql("select summary from proceeding where id = :b").param("b", b).query(String.class).single();
    }

    private List<Long> teamProceedings(String username) {
        return jdbc.sql("select t.proceeding_id from team_member t join app_user u on u.id = t.user_id"
                        + " where u.username = :u order by t.proceeding_id").param("u", username).query(Long.class).list();
    }

    @Test
    void eachTeamLearnsOnlyThatAMatchExistsAndOutsidersLearnNothing() throws Exception {
        var prosecutor = SignIn.demo(mvc, "prosecutor");
        var operative = SignIn.demo(mvc, "operative");
        String phone = "+38050" + String.format("%07d", System.nanoTime() % 10_000_000);
        add(operative, b, "{\"kind\":\"phone\",\"value\":\"" + phone + "\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.display").value(phone));
        add(prosecutor, a, "{\"kind\":\"PHONE\",\"value\":\"" + phone.replace("+380", "0") + "\"}").andExpect(status().isCreated());

        String ofPhone = "$[?(@.ownIdentifiers contains '" + phone + "')]";
        String hits = mvc.perform(get("/api/v1/proceedings/" + a + "/hits").session(prosecutor)).andExpect(status().isOk())
                .andExpect(jsonPath(ofPhone + ".kind").value(org.hamcrest.Matchers.contains("PHONE")))
                .andExpect(jsonPath(ofPhone + ".basis").value(org.hamcrest.Matchers.contains("IDENTIFIER")))
                .andExpect(jsonPath(ofPhone + ".otherProceedingId").value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())))
                .andReturn().getResponse().getContentAsString();
        assertThat(hits).doesNotContain(erdrB).doesNotContain(summaryB).doesNotContain("\"proceedingB\"");
        long hitId = ((Number) com.jayway.jsonpath.JsonPath.<List<Object>>read(hits, ofPhone + ".id").get(0)).longValue();

        mvc.perform(get("/proceedings/" + a + "/links").session(prosecutor)).andExpect(status().isOk())
                .andExpect(content().string(containsString(phone)))
                .andExpect(content().string(not(containsString(erdrB))));

        assertResearcherConfined(hitId);
        for (String outsider : List.of("analyst", "partner", "coordinator")) {
            var session = SignIn.demo(mvc, outsider);
            mvc.perform(get("/api/v1/proceedings/" + a + "/hits").session(session)).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/proceedings/" + b + "/identifiers").session(session)).andExpect(status().isNotFound());
            mvc.perform(get("/proceedings/" + a + "/links").session(session)).andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/hits/" + hitId + "/requests").session(session).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"цікаво\"}")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/proceedings/" + a + "/identifiers").session(operative)).andExpect(status().isNotFound());

        String created = mvc.perform(post("/api/v1/hits/" + hitId + "/requests").session(prosecutor).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"спільна слідча група\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long requestId = Long.parseLong(created.replaceAll("\\D", ""));
        mvc.perform(post("/proceedings/" + b + "/links/requests/" + requestId).session(operative).with(csrf())
                .param("accept", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/proceedings/" + a + "/hits").session(prosecutor))
                .andExpect(jsonPath("$[?(@.id == " + hitId + ")].otherProceedingId").value((int) b));
    }

    @Autowired
    org.nadiya.victims.Persons persons;

    @Autowired
    org.nadiya.security.UserAdministration users;

    @Test
    void aNameHitAndAnOrganisationShowOnTheLinksPageWithoutTheOtherPerson() throws Exception {
        var account = users.find("coordinator").orElseThrow();
        var coordinator = new org.nadiya.security.CurrentUser(account.id(), account.username(), account.displayName(),
                account.roles(), account.agencyCode(), account.regionCode(), false);
        String[] syllables = {"ко", "ва", "ль", "ре", "ни", "ту", "ся", "ди", "мо", "бу"};
        var surname = new StringBuilder("Зо");
        for (long n = System.nanoTime(), i = 0; i < 4; i++, n /= 10) {
            surname.append(syllables[(int) (n % 10)]);
        }
        surname.append("енко");
        String cyrillic = "Олександр " + surname;
        String latin = org.nadiya.match.names.KmuTransliteration.transliterate(surname + " Олександр");
        long ours = persons.register(coordinator, person(cyrillic, null, a));
        long theirs = persons.register(coordinator, person(null, latin, b));
        String ourPseudonym = persons.open(coordinator, ours).pseudonym();
        String theirPseudonym = persons.open(coordinator, theirs).pseudonym();
        var prosecutor = SignIn.demo(mvc, "prosecutor");
        String hits = org.nadiya.testsupport.Eventually.value(() -> {
            try {
                return mvc.perform(get("/api/v1/proceedings/" + a + "/hits").session(prosecutor))
                        .andReturn().getResponse().getContentAsString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, h -> h.contains(ourPseudonym));
        assertThat(hits).contains("\"basis\":\"PERSON_NAME\"").contains(ourPseudonym).doesNotContain(theirPseudonym)
                .doesNotContain(surname.toString()).doesNotContain(latin).doesNotContain(erdrB);

        mvc.perform(post("/proceedings/" + a + "/links/organisations").session(prosecutor).with(csrf())
                .param("name", "ТОВ «Праця за кордоном " + surname + "»")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/proceedings/" + a + "/links").session(prosecutor)).andExpect(status().isOk())
                .andExpect(content().string(containsString(ourPseudonym)))
                .andExpect(content().string(containsString("Праця за кордоном " + surname)))
                .andExpect(content().string(not(containsString(theirPseudonym))))
                .andExpect(content().string(not(containsString(latin))));
        mvc.perform(get("/api/v1/proceedings/" + a + "/organisations").session(SignIn.demo(mvc, "analyst")))
                .andExpect(status().isNotFound());
    }

    /** {@code cyrillic}: family name, given name and patronymic on one line, any of them missing from the end. */
    private org.nadiya.victims.NewPerson person(String cyrillic, String latin, long proceeding) {
        String[] parts = java.util.Arrays.copyOf(cyrillic == null ? new String[0] : cyrillic.split(" ", 3), 3);
        return new org.nadiya.victims.NewPerson(org.nadiya.victims.PersonKind.VICTIM, org.nadiya.victims.Sex.MALE, "UA",
                null, java.util.Set.of(org.nadiya.cases.ExploitationForm.FORCED_LABOUR), false,
                new org.nadiya.victims.Identity(parts[0], parts[1], parts[2], latin, null, null, null, null, null, null), proceeding,
                org.nadiya.victims.PersonKind.VICTIM);
    }

    @Test
    void badInputAnswers400NamingTheFieldAndTheEnginesReason() throws Exception {
        var prosecutor = SignIn.demo(mvc, "prosecutor");
        add(prosecutor, a, "{\"kind\":\"card\",\"value\":\"4111 1111 1111 1112\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("value"))
                .andExpect(jsonPath("$.detail").value(containsString("Luhn")));
        mvc.perform(post("/api/v1/proceedings/" + a + "/identifiers/import").session(prosecutor).with(csrf())
                        .contentType("text/csv").content("kind,value\nemail,nobody\nphone,+380671112233\n"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("csv"))
                .andExpect(jsonPath("$.detail").value(containsString("Рядок 2:")));
        mvc.perform(post("/proceedings/" + a + "/links/identifiers").session(prosecutor).with(csrf())
                        .param("kind", "rnokpp").param("value", "1759013770"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("check digit")));
    }

    @Test
    void theSearchPageFindsByIdentifierForTheTeamOnly() throws Exception {
        var prosecutor = SignIn.demo(mvc, "prosecutor");
        String email = "verbuvannia" + System.nanoTime() % 1_000_000 + "@example.org";
        add(prosecutor, a, "{\"kind\":\"email\",\"value\":\"" + email.toUpperCase() + "\"}").andExpect(status().isCreated());
        mvc.perform(get("/links/search").session(prosecutor).param("q", email)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/proceedings/" + a + "/links")));
        mvc.perform(get("/links/search").session(SignIn.demo(mvc, "operative")).param("q", email)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/proceedings/" + a + "/links"))));
        mvc.perform(get("/links/search").session(SignIn.demo(mvc, "analyst")).param("q", email)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/proceedings/" + a + "/links"))));
        mvc.perform(get("/links/search").session(SignIn.demo(mvc, "researcher")).param("q", email))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/links/search").session(prosecutor).param("q", "Oleksandr Kovalenko"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.persons").isArray());
    }

    @Test
    void theNetworkShowsHitsAsClosedNodesAndExportsFollowTheMoneyEntities() throws Exception {
        var prosecutor = SignIn.demo(mvc, "prosecutor");
        var operative = SignIn.demo(mvc, "operative");
        String wallet = "0x" + String.format("%040x", System.nanoTime());
        add(operative, b, "{\"kind\":\"crypto-wallet\",\"value\":\"" + wallet + "\"}").andExpect(status().isCreated());
        add(prosecutor, a, "{\"kind\":\"crypto-wallet\",\"value\":\"" + wallet + "\"}").andExpect(status().isCreated());
        add(prosecutor, a, "{\"kind\":\"card\",\"value\":\"4111 1111 1111 1111\"}");

        String graph = mvc.perform(get("/api/v1/proceedings/" + a + "/network").session(prosecutor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes[?(@.type == 'hit' && @.closed == true)]").isNotEmpty())
                .andExpect(jsonPath("$.nodes[?(@.type == 'card')].label").value(org.hamcrest.Matchers.hasItem("411111******1111")))
                .andReturn().getResponse().getContentAsString();
        assertThat(graph).doesNotContain(erdrB).doesNotContain("4111111111111111").doesNotContain("\"p" + b + "\"");

        String ftm = mvc.perform(get("/api/v1/proceedings/" + a + "/network/ftm").session(prosecutor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.schema == 'CryptoWallet')].properties.publicKey[0]").value(org.hamcrest.Matchers.hasItem(wallet)))
                .andExpect(jsonPath("$[?(@.schema == 'CryptoWallet')].properties.currencySymbol[0]").value(org.hamcrest.Matchers.hasItem("ETH")))
                .andExpect(jsonPath("$[?(@.schema == 'BankAccount')].properties.accountNumber").isEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(ftm).doesNotContain(erdrB).doesNotContain(String.valueOf("proceeding-" + b));

        mvc.perform(get("/proceedings/" + a + "/network").session(prosecutor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/dist/cytoscape.min.js")));
        mvc.perform(get("/webjars/cytoscape/dist/cytoscape.min.js").session(prosecutor)).andExpect(status().isOk());
        for (String outsider : List.of("analyst", "partner")) {
            var session = SignIn.demo(mvc, outsider);
            mvc.perform(get("/proceedings/" + a + "/network").session(session)).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/proceedings/" + a + "/network/ftm").session(session)).andExpect(status().isNotFound());
        }
    }

    /**
     * Researchers: under the proceedings paths this module refuses them itself (404); its other paths are closed to
     * them by the foundation's confinement (403) before any of this module runs.
     */
    private void assertResearcherConfined(long hitId) throws Exception {
        var researcher = SignIn.demo(mvc, "researcher");
        mvc.perform(get("/api/v1/proceedings/" + a + "/hits").session(researcher)).andExpect(status().isNotFound());
        mvc.perform(get("/proceedings/" + a + "/network").session(researcher)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/hits/" + hitId + "/requests").session(researcher).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}")).andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions add(MockHttpSession session, long proceeding, String json)
            throws Exception {
        return mvc.perform(post("/api/v1/proceedings/" + proceeding + "/identifiers").session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
