package org.nadiya.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.AuditQuery;
import org.nadiya.audit.Outcome;
import org.nadiya.demo.DemoLoader;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Protected persons in the browser and over the API: a role × endpoint matrix over the demo users proving that
 * partners, researchers and users outside the team never obtain identity, that every identity read is audited,
 * and that no personal data reaches the application log.
 */
@NadiyaTest
@ExtendWith(OutputCaptureExtension.class)
class PersonPagesTest {

    static final List<String> DEMO_USERS = List.of("admin", "prosecutor", "investigator", "operative", "analyst",
            "coordinator", "partner", "researcher");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLoader demo;

    @Autowired
    Persons persons;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog audit;

    /** A Vinnytska person on a proceeding of the demo prosecutor and investigator, registered by the demo coordinator. */
    long vinnytsia;
    /** A Lviv person on the demo operative's proceeding, registered by the Lviv coordinator. */
    long lviv;

    @BeforeEach
    void demoData() {
        demo.load();
        var admin = as("admin");
        var rows = persons.list(admin, 0, 200).rows();
        vinnytsia = rows.stream().map(PersonRow::id).filter(id -> persons.mayReadIdentity(as("prosecutor"), id)
                && persons.mayReadIdentity(as("coordinator"), id) && !persons.canSee(as("operative"), id)
                && persons.mayReadIdentity(as("investigator"), id)).findFirst().orElseThrow();
        lviv = rows.stream().map(PersonRow::id).filter(id -> persons.canSee(as("operative"), id)
                && !persons.canSee(as("coordinator"), id) && !persons.canSee(as("prosecutor"), id)).findFirst().orElseThrow();
        // Both carry a photo, so that the matrix also proves who obtains it.
        if (!persons.open(admin, vinnytsia).hasPhoto()) {
            records.storePhoto(as("coordinator"), vinnytsia, PersonRecordsContract.PNG);
        }
        if (!persons.open(admin, lviv).hasPhoto()) {
            records.storePhoto(as("coordinator-lviv"), lviv, PersonRecordsContract.PNG);
        }
    }

    @Autowired
    PersonRecords records;

    private CurrentUser as(String username) {
        var a = users.find(username).orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(), a.supervisor());
    }

    @Test
    void theDemoHoldsADozenPersonsWithAChildAnUnknownAgeConsentsAndAnOverride() {
        var all = persons.list(as("admin"), 0, 200).rows().stream()
                .filter(r -> r.registeredOn() != null).toList();
        assertThat(all.size()).isGreaterThanOrEqualTo(12);
        assertThat(all).extracting(PersonRow::pseudonym).allMatch(p -> p.matches("V-\\d{4}-\\d{6}"));
        assertThat(all).extracting(PersonRow::ageGroup).contains(AgeGroup.UNKNOWN, AgeGroup.AGE_14_17);
        assertThat(all).extracting(PersonRow::kind).contains(PersonKind.values());
        assertThat(all.stream().map(r -> persons.open(as("admin"), r.id())).filter(Person::overridden)).isNotEmpty();
    }

    /** Expected answers: list (200 with the person / 200 without / 403), read, identity, page, identity form. */
    record Expect(String list, int read, int identity) {
    }

    @Test
    void roleByEndpointMatrix() throws Exception {
        Map<String, Expect> vinnytsiaExpected = Map.of(
                "admin", new Expect("contains", 200, 403),
                "prosecutor", new Expect("contains", 200, 200),
                "investigator", new Expect("contains", 200, 200),
                "operative", new Expect("lacks", 404, 404),
                "analyst", new Expect("lacks", 404, 404),
                "coordinator", new Expect("contains", 200, 200),
                "partner", new Expect("forbidden", 404, 404),
                "researcher", new Expect("forbidden", 404, 404));
        Map<String, Expect> lvivExpected = Map.of(
                "admin", new Expect("contains", 200, 403),
                "prosecutor", new Expect("lacks", 404, 404),
                "investigator", new Expect("lacks", 404, 404),
                "operative", new Expect("contains", 200, 403),
                "analyst", new Expect("lacks", 404, 404),
                "coordinator", new Expect("lacks", 404, 404),
                "partner", new Expect("forbidden", 404, 404),
                "researcher", new Expect("forbidden", 404, 404));
        for (String username : DEMO_USERS) {
            var session = SignIn.demo(mvc, username);
            check(session, username, vinnytsia, vinnytsiaExpected.get(username));
            check(session, username, lviv, lvivExpected.get(username));
            checkPhoto(session, username + " on person " + vinnytsia, username, vinnytsia, vinnytsiaExpected.get(username));
            checkPhoto(session, username + " on person " + lviv, username, lviv, lvivExpected.get(username));
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    private void check(MockHttpSession session, String username, long id, Expect expect) throws Exception {
        String what = username + " on person " + id;
        var list = mvc.perform(get("/api/v1/persons").session(session).param("pageSize", "200")).andReturn().getResponse();
        if (expect.list().equals("forbidden")) {
            assertThat(list.getStatus()).as(what + " list").isEqualTo(403);
            assertThat(mvc.perform(get("/persons").session(session)).andReturn().getResponse().getStatus()).isEqualTo(403);
        } else {
            assertThat(list.getStatus()).as(what + " list").isEqualTo(200);
            boolean listed = list.getContentAsString().contains("\"id\":" + id + ",");
            assertThat(listed).as(what + " listed").isEqualTo(expect.list().equals("contains"));
        }
        assertThat(mvc.perform(get("/api/v1/persons/" + id).session(session)).andReturn().getResponse().getStatus())
                .as(what + " read").isEqualTo(expect.read());
        assertThat(mvc.perform(get("/persons/" + id).session(session)).andReturn().getResponse().getStatus())
                .as(what + " page").isEqualTo(expect.read());

        long readsBefore = count(username, "IDENTITY_READ", id, Outcome.ALLOWED);
        long refusalsBefore = count(username, "IDENTITY_REFUSED", id, Outcome.DENIED) + count(username, "READ_REFUSED", id, Outcome.DENIED);
        var api = mvc.perform(get("/api/v1/persons/" + id + "/identity").session(session)
                .param("reason", "Перевірка матриці доступу")).andReturn().getResponse();
        assertThat(api.getStatus()).as(what + " identity API").isEqualTo(expect.identity());
        var ui = mvc.perform(post("/persons/" + id + "/identity").session(session).with(csrf())
                .param("reason", "Перевірка матриці доступу (сторінка)")).andReturn().getResponse();
        assertThat(ui.getStatus()).as(what + " identity form").isEqualTo(expect.identity());
        if (expect.identity() == 200) {
            assertThat(api.getContentAsString()).contains("\"nameCyrillic\"");
            assertThat(api.getHeader("Cache-Control")).contains("no-store");
            assertThat(ui.getContentAsString()).contains("id=\"identity-shown\"");
            assertThat(count(username, "IDENTITY_READ", id, Outcome.ALLOWED)).as(what + " reads audited")
                    .isEqualTo(readsBefore + 2);
        } else {
            assertThat(api.getContentAsString()).doesNotContain("nameCyrillic").doesNotContain("Вигадана ").doesNotContain("Вигаданий ");
            assertThat(ui.getContentAsString()).doesNotContain("identity-shown").doesNotContain("Вигадана ").doesNotContain("Вигаданий ");
            assertThat(count(username, "IDENTITY_READ", id, Outcome.ALLOWED)).isEqualTo(readsBefore);
            assertThat(count(username, "IDENTITY_REFUSED", id, Outcome.DENIED) + count(username, "READ_REFUSED", id, Outcome.DENIED))
                    .as(what + " refusals audited").isEqualTo(refusalsBefore + 2);
        }
    }

    /** The photo over the API and inline with the identity on the page: exactly where the identity is allowed. */
    private void checkPhoto(MockHttpSession session, String what, String username, long id, Expect expect) throws Exception {
        long readsBefore = count(username, "IDENTITY_READ", id, Outcome.ALLOWED);
        var api = mvc.perform(get("/api/v1/persons/" + id + "/photo").session(session)
                .param("reason", "Перевірка матриці доступу (фото)")).andReturn().getResponse();
        assertThat(api.getStatus()).as(what + " photo API").isEqualTo(expect.identity());
        var ui = mvc.perform(post("/persons/" + id + "/identity").session(session).with(csrf())
                .param("reason", "Перевірка матриці доступу (фото на сторінці)")).andReturn().getResponse();
        if (expect.identity() == 200) {
            assertThat(api.getContentType()).isEqualTo("image/png");
            assertThat(api.getHeader("Cache-Control")).contains("no-store");
            assertThat(api.getContentAsByteArray()).isEqualTo(PersonRecordsContract.PNG);
            assertThat(ui.getContentAsString()).contains("id=\"identity-photo\"").contains("data:image/png;base64,");
            assertThat(ui.getHeader("Cache-Control")).contains("no-store");
            assertThat(count(username, "IDENTITY_READ", id, Outcome.ALLOWED)).as(what + " photo reads audited")
                    .isEqualTo(readsBefore + 2);
        } else {
            assertThat(api.getContentType()).isNotEqualTo("image/png");
            assertThat(ui.getContentAsString()).doesNotContain("identity-photo").doesNotContain("data:image/png");
            assertThat(count(username, "IDENTITY_READ", id, Outcome.ALLOWED)).isEqualTo(readsBefore);
        }
        assertThat(mvc.perform(post("/api/v1/persons/" + id + "/photo").session(session).with(csrf())
                .contentType(MediaType.IMAGE_PNG).content(PersonRecordsContract.PNG)).andReturn().getResponse().getStatus())
                .as(what + " photo upload").isEqualTo(expect.identity() == 200 ? 201 : expect.identity());
    }

    private long count(String actor, String action, long id, Outcome outcome) {
        return audit.count(new AuditQuery(actor, action, "person", String.valueOf(id), outcome, null, null, 0, 500));
    }

    @Test
    void identityNeedsAReason() throws Exception {
        var session = SignIn.demo(mvc, "coordinator");
        mvc.perform(get("/api/v1/persons/" + vinnytsia + "/identity").session(session))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(get("/api/v1/persons/" + vinnytsia + "/identity").session(session).param("reason", "  "))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/persons/" + vinnytsia + "/identity").session(session).with(csrf()).param("reason", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#reason\"")))
                .andExpect(content().string(not(containsString("identity-shown"))));
        mvc.perform(get("/api/v1/persons/" + Long.MAX_VALUE + "/identity").session(session).param("reason", "x"))
                .andExpect(status().isNotFound());
    }

    @Test
    void noPersonalDataReachesTheApplicationLog(CapturedOutput output) throws Exception {
        var session = SignIn.demo(mvc, "coordinator");
        String body = mvc.perform(get("/api/v1/persons/" + vinnytsia + "/identity").session(session)
                        .param("reason", "Підготовка зустрічі з психологом"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String name = body.replaceAll(".*\"nameCyrillic\":\"([^\"]+)\".*", "$1");
        String phone = body.replaceAll(".*\"phone\":\"([^\"]+)\".*", "$1");
        assertThat(name).startsWith("Вигадан");
        assertThat(phone).startsWith("+380");
        mvc.perform(post("/persons/" + vinnytsia + "/identity").session(session).with(csrf()).param("reason", "Дзвінок"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));
        // Failures too: a refused read, a bad registration that carries identity fields.
        mvc.perform(get("/api/v1/persons/" + vinnytsia + "/identity").session(SignIn.demo(mvc, "operative"))
                .param("reason", "x")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/persons").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"VICTIM\",\"nameCyrillic\":\"" + name + "\",\"phone\":\"" + phone
                                + "\",\"citizenship\":\"XX\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("citizenship"))
                .andExpect(content().string(not(containsString(name))));
        // The capture sees the application log (so the check below is not vacuous).
        org.slf4j.LoggerFactory.getLogger(PersonPagesTest.class).warn("log capture check {}", vinnytsia);
        assertThat(output.getAll()).contains("log capture check " + vinnytsia);
        assertThat(output.getAll()).doesNotContain(name).doesNotContain(phone)
                .doesNotContain(phone.replace(" ", ""));
    }

    @Test
    void theCoordinatorRegistersAPersonAndRecordsConsent() throws Exception {
        var session = SignIn.demo(mvc, "coordinator");
        mvc.perform(get("/persons").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/persons/" + vinnytsia + "\"")))
                .andExpect(content().string(not(containsString("Вигадана Олена"))))
                .andExpect(content().string(not(containsString("Вигадана Ірина"))));
        mvc.perform(get("/persons/new").session(session)).andExpect(status().isOk());
        mvc.perform(post("/persons").session(session).with(csrf()).param("kind", "VICTIM").param("nameCyrillic", "Вигадана Форма")
                        .param("citizenship", "QQ").param("regionCode", "UA-05"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#citizenship\"")));
        String location = mvc.perform(post("/persons").session(session).with(csrf()).param("kind", "WITNESS")
                        .param("nameCyrillic", "Вигаданий Свідок Форма").param("citizenship", "UA").param("regionCode", "UA-05")
                        .param("sex", "MALE").param("forms", "FORCED_LABOUR"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/persons/" + id).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"identity-form\"")))
                .andExpect(content().string(not(containsString("Вигаданий Свідок Форма"))));

        var form = new MockMultipartFile("form", "zghoda.txt", "text/plain", "Вигадана згода".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(multipart("/persons/" + id + "/consents").file(form).session(session).with(csrf())
                .param("scope", "SHARE_CASE_DETAILS").param("recipientKind", "PARTNER").param("recipient", "NGO_DEMO_SVITANOK"))
                .andExpect(status().is3xxRedirection());
        var consent = mvc.perform(get("/api/v1/persons/" + id + "/consents").session(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].scope").value("SHARE_CASE_DETAILS")).andReturn().getResponse().getContentAsString();
        long consentId = Long.parseLong(consent.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/persons/" + id + "/consents/" + consentId + "/form").session(session)).andExpect(status().isOk())
                .andExpect(header().exists("X-Content-SHA256"));
        mvc.perform(post("/persons/" + id + "/consents/" + consentId + "/withdraw").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/persons/" + id + "/consents").session(session))
                .andExpect(jsonPath("$[0].withdrawnOn").isNotEmpty());
        mvc.perform(post("/persons/" + id + "/overrides").session(session).with(csrf()).param("scope", "USE_IN_STATISTICS")
                .param("reason", "x")).andExpect(status().isForbidden());
    }

    /** Issue 19: registration warns of possible duplicates by pseudonym, score and evidence; the decision is recorded. */
    @Test
    void registeringWarnsOfPossibleDuplicatesAndRecordsTheDecision() throws Exception {
        var session = SignIn.demo(mvc, "coordinator");
        String first = mvc.perform(post("/persons").session(session).with(csrf()).param("kind", "VICTIM")
                        .param("nameCyrillic", "Вигаданенко Марта Степанівна").param("birthDate", "1990-04-07")
                        .param("citizenship", "UA").param("regionCode", "UA-05").param("sex", "FEMALE"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long firstId = Long.parseLong(first.substring(first.lastIndexOf('/') + 1));
        String firstPseudonym = persons.open(as("coordinator"), firstId).pseudonym();
        var again = post("/persons").session(session).with(csrf()).param("kind", "VICTIM").param("nameLatin", "Marta Wyhadanenko")
                .param("birthDate", "1990-04-07").param("citizenship", "UA").param("regionCode", "UA-05").param("sex", "FEMALE");
        String page = mvc.perform(again).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"duplicates\"")))
                .andExpect(content().string(containsString(firstPseudonym)))
                .andExpect(content().string(containsString("Дати народження збігаються")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).as("the other person's name is never shown").doesNotContain("Вигаданенко").doesNotContain("Степанівна");
        int before = decisions();
        mvc.perform(again.param("duplicates", "existing:" + firstId)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/persons/" + firstId));
        assertThat(decisions()).isEqualTo(before + 1);
        String second = mvc.perform(post("/persons").session(session).with(csrf()).param("kind", "VICTIM")
                        .param("nameLatin", "Marta Wyhadanenko").param("birthDate", "1990-04-07").param("citizenship", "UA")
                        .param("regionCode", "UA-05").param("sex", "FEMALE").param("duplicates", "new"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long secondId = Long.parseLong(second.substring(second.lastIndexOf('/') + 1));
        assertThat(secondId).isNotEqualTo(firstId);
        assertThat(jdbc.sql("select decision from person_duplicate_decision where registered_id = :r").param("r", secondId)
                .query(String.class).single()).isEqualTo("NEW_PERSON");
        // A person not among those shown cannot be chosen; a different date of birth warns of nobody.
        mvc.perform(post("/persons").session(session).with(csrf()).param("kind", "VICTIM").param("nameLatin", "Marta Wyhadanenko")
                        .param("birthDate", "1990-04-07").param("citizenship", "UA").param("regionCode", "UA-05")
                        .param("duplicates", "existing:" + vinnytsia))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#duplicates\"")));
        mvc.perform(post("/persons").session(session).with(csrf()).param("kind", "VICTIM").param("nameLatin", "Marta Wyhadanenko")
                        .param("birthDate", "1971-12-30").param("citizenship", "UA").param("regionCode", "UA-05"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theApiAnswersPossibleDuplicatesWithA409AndRecordsTheDecision() throws Exception {
        var session = SignIn.demo(mvc, "coordinator");
        String first = mvc.perform(post("/api/v1/persons").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"VICTIM\",\"nameCyrillic\":\"Вигаданчук Ярина Петрівна\",\"birthDate\":\"1988-02-11\","
                                + "\"citizenship\":\"UA\",\"regionCode\":\"UA-05\",\"sex\":\"FEMALE\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long firstId = Long.parseLong(first.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
        String again = "{\"kind\":\"VICTIM\",\"nameLatin\":\"Jaryna Wyhadantschuk\",\"birthDate\":\"1988-02-11\","
                + "\"citizenship\":\"UA\",\"regionCode\":\"UA-05\",\"sex\":\"FEMALE\"";
        int before = decisions();
        long registered = jdbc.sql("select count(*) from protected_person").query(Long.class).single();
        mvc.perform(post("/api/v1/persons").session(session).with(csrf()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(again + "}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("possible-duplicates"))
                .andExpect(jsonPath("$.detail").value(containsString("Nothing was stored")))
                .andExpect(jsonPath("$.duplicates[0].id").value(firstId))
                .andExpect(jsonPath("$.duplicates[0].birthDates").value("EXACT"))
                .andExpect(jsonPath("$.duplicates[0].likelySamePerson").value(true))
                .andExpect(content().string(not(containsString("Вигаданчук"))))
                .andExpect(content().string(not(containsString("1988"))));
        assertThat(jdbc.sql("select count(*) from protected_person").query(Long.class).single()).isEqualTo(registered);
        // A person not shown, or a decision that is neither, is refused naming the field.
        for (String decision : new String[] {"existing:" + vinnytsia, "existing:x", "maybe"}) {
            mvc.perform(post("/api/v1/persons").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content(again + ",\"duplicates\":\"" + decision + "\"}"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("duplicates"));
        }
        assertThat(decisions()).isEqualTo(before);
        mvc.perform(post("/api/v1/persons").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(again + ",\"duplicates\":\"existing:" + firstId + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(firstId));
        assertThat(decisions()).isEqualTo(before + 1);
        String second = mvc.perform(post("/api/v1/persons").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(again + ",\"duplicates\":\"new\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long secondId = Long.parseLong(second.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
        assertThat(secondId).isNotEqualTo(firstId);
        assertThat(jdbc.sql("select decision from person_duplicate_decision where registered_id = :r").param("r", secondId)
                .query(String.class).single()).isEqualTo("NEW_PERSON");
        // Another date of birth: nobody is shown, the person is registered at once.
        mvc.perform(post("/api/v1/persons").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(again.replace("1988-02-11", "1961-09-30") + "}"))
                .andExpect(status().isCreated());
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private int decisions() {
        return jdbc.sql("select count(*) from person_duplicate_decision").query(Integer.class).single();
    }

    @Test
    void theProsecutorOverridesWithAReasonAndTheCoordinatorSeesTheFlag() throws Exception {
        var prosecutor = SignIn.demo(mvc, "prosecutor");
        mvc.perform(post("/api/v1/persons/" + vinnytsia + "/overrides").session(prosecutor).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"scope\":\"USE_IN_STATISTICS\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(post("/api/v1/persons/" + vinnytsia + "/overrides").session(prosecutor).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":\"SHARE_CASE_DETAILS\",\"recipientKind\":\"SERVICE\",\"recipient\":\"MEDICAL\","
                                + "\"reason\":\"Загроза життю, невідкладна медична допомога (вигадано)\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/persons/" + vinnytsia).session(SignIn.demo(mvc, "coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Загроза життю")));
        mvc.perform(get("/api/v1/persons/" + vinnytsia).session(prosecutor)).andExpect(jsonPath("$.overridden").value(true));
        var investigator = SignIn.demo(mvc, "investigator");
        mvc.perform(post("/api/v1/persons/" + vinnytsia + "/overrides").session(investigator).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"scope\":\"USE_IN_STATISTICS\",\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiRegistersForCaseWorkersIntoTheirProceedings() throws Exception {
        var session = SignIn.demo(mvc, "investigator");
        mvc.perform(post("/api/v1/persons").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"WITNESS\",\"nameLatin\":\"Vyhadanyi Svidok\",\"regionCode\":\"UA-05\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("proceedingId"));
        long proceeding = persons.open(as("admin"), vinnytsia).participations().get(0).proceedingId();
        mvc.perform(post("/api/v1/persons").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"WITNESS\",\"nameLatin\":\"Vyhadanyi Svidok\",\"regionCode\":\"UA-05\","
                                + "\"proceedingId\":" + proceeding + ",\"role\":\"WITNESS\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.pseudonym").isNotEmpty())
                .andExpect(jsonPath("$.ageGroup").value("UNKNOWN"))
                .andExpect(content().string(not(containsString("Vyhadanyi"))));
        mvc.perform(post("/api/v1/persons").session(SignIn.demo(mvc, "partner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"WITNESS\",\"nameLatin\":\"Vyhadanyi\"}"))
                .andExpect(status().isForbidden());
        assertThat(Set.of(Role.values())).isNotEmpty();
    }
}
