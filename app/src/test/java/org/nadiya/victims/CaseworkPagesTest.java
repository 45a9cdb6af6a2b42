package org.nadiya.victims;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.cases.ExploitationForm;
import org.nadiya.demo.DemoLoader;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The persons and referrals lists filtered, the case closed and reopened, goals and contacts recorded from the
 * person's page and over the API, in Ukrainian and English; another region's coordinator gets 404.
 */
@NadiyaTest
class CaseworkPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLoader demo;

    @Autowired
    Persons persons;

    @Autowired
    UserAdministration users;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));
    long id;
    String pseudonym;

    @BeforeEach
    void person() {
        demo.load();
        var a = users.find("coordinator").orElseThrow();
        var coordinator = new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(),
                a.supervisor());
        id = persons.register(coordinator, new NewPerson(PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-05",
                Set.of(ExploitationForm.FORCED_LABOUR), false, new Identity("Вигадана", "Списочна", null, null, null,
                null, null, null, null, null), null, null));
        pseudonym = persons.open(coordinator, id).pseudonym();
    }

    @Test
    void theCoordinatorFiltersThePersonsListAndSeesTheDemoOverdueOnes() throws Exception {
        var session = SignIn.demo(mvc, "coordinator");
        mvc.perform(get("/persons").session(session).param("q", pseudonym)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/persons/" + id + "\"")))
                .andExpect(content().string(containsString("id=\"person-filters\"")));
        mvc.perform(get("/persons").session(session).param("status", "CLOSED")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/persons/" + id + "\""))))
                .andExpect(content().string(containsString("закрито")));
        mvc.perform(get("/persons").session(session).param("overdue", "true")).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-label=\"Псевдонім\"")))
                .andExpect(content().string(not(containsString("/persons/" + id + "\""))));
        mvc.perform(get("/persons").session(session).param("risk", "EXTREME")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#risk\"")));
        mvc.perform(get("/persons").session(session).param("q", "<script>")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#q\"")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(get("/api/v1/persons").session(session).param("status", "OPEN").param("q", pseudonym))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows[0].id").value(id))
                .andExpect(jsonPath("$.rows[0].caseStatus").value("OPEN"));
        mvc.perform(get("/persons").session(session).param("lang", "en").param("status", "OPEN")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Clear filters")));
    }

    @Test
    void theCaseGoalsAndContactsAreRecordedFromThePersonsPage() throws Exception {
        var session = SignIn.demo(mvc, "coordinator");
        mvc.perform(post("/persons/" + id + "/goals").session(session).with(csrf()).param("area", "DOCUMENTS")
                        .param("goal", "Вигаданий паспорт").param("targetOn", today.plusDays(10).toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "person.saved"));
        mvc.perform(post("/persons/" + id + "/goals").session(session).with(csrf()).param("area", "DOCUMENTS")
                        .param("goal", "").param("targetOn", "вчора"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("error"));
        mvc.perform(post("/persons/" + id + "/contacts").session(session).with(csrf()).param("contactedOn", today.toString())
                        .param("channel", "PHONE").param("reached", "true").param("note", "Вигадана домовленість")
                        .param("followUpOn", today.plusDays(3).toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "person.saved"));
        mvc.perform(get("/persons/" + id).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Вигаданий паспорт")))
                .andExpect(content().string(containsString("Вигадана домовленість")))
                .andExpect(content().string(containsString("id=\"case-close-form\"")));
        mvc.perform(post("/persons/" + id + "/case/close").session(session).with(csrf()).param("closureReason", "PERSON_DECLINED")
                .param("closedOn", today.toString())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/persons/" + id).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("особа відмовилася від підтримки")))
                .andExpect(content().string(containsString("id=\"case-reopen-form\"")));
        mvc.perform(post("/api/v1/persons/" + id + "/case/reopen").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Звернулася знову\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(get("/api/v1/persons/" + id + "/case").session(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$.goals[0].goal").value("Вигаданий паспорт"))
                .andExpect(jsonPath("$.contacts[0].channel").value("PHONE"));
        mvc.perform(get("/persons/" + id).session(session).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Support plan")));

        var lviv = SignIn.demo(mvc, "coordinator-lviv");
        mvc.perform(get("/api/v1/persons/" + id + "/case").session(lviv)).andExpect(status().isNotFound());
        mvc.perform(post("/persons/" + id + "/contacts").session(lviv).with(csrf()).param("contactedOn", today.toString())
                .param("channel", "PHONE")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/persons/" + id + "/case/close").session(SignIn.demo(mvc, "partner")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"closureReason\":\"OTHER\"}"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theReferralsListFiltersByStatusAndOverdue() throws Exception {
        var session = SignIn.demo(mvc, "coordinator");
        mvc.perform(get("/referrals").session(session).param("overdue", "true")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong class=\"warn\">")))
                .andExpect(content().string(containsString("id=\"referral-filters\"")));
        mvc.perform(get("/referrals").session(session).param("status", "DECLINED")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<strong class=\"warn\">"))));
        mvc.perform(get("/referrals").session(session).param("status", "NOPE")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#status\"")));
        mvc.perform(get("/referrals").session(session).param("region", "UA-46")).andExpect(status().isOk())
                .andExpect(content().string(containsString("За цими фільтрами направлень немає")));
        mvc.perform(get("/referrals").session(SignIn.demo(mvc, "partner")).param("status", "SENT")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"rf-region\""))));
    }
}
