package org.nadiya.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo referrals through the API and the pages, as the demo partner and coordinator see them. */
@NadiyaTest
class ReferralPagesTest extends DemoWebTest {

    @Autowired
    JdbcClient jdbc;

    private long referralOf(String partner, String status) {
        return jdbc.sql("select min(id) from referral where partner_code = :p and status = :s").param("p", partner)
                .param("s", status).query(Long.class).single();
    }

    @Test
    void thePartnerSeesOnlyItsOrganisationsReferralsAndOnlyConsentedFields() throws Exception {
        var partner = SignIn.demo(mvc, "partner");
        var body = mvc.perform(get("/api/v1/referrals").session(partner)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$[*].partnerCode").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("NGO_DEMO_SVITANOK"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Вигадана").doesNotContain("personId\":1");

        long other = referralOf("DEMO_LEGAL_AID_VN", "SENT");
        mvc.perform(get("/api/v1/referrals/" + other).session(partner)).andExpect(status().isNotFound());
        mvc.perform(get("/referrals/" + other).session(partner)).andExpect(status().isNotFound());

        // Maria consented to identity for the NGO: her name is shown on the page
        long maria = referralOf("NGO_DEMO_SVITANOK", "IN_PROGRESS");
        mvc.perform(get("/referrals/" + maria).session(partner)).andExpect(status().isOk())
                .andExpect(content().string(containsString(">Вигадана</dd>")))
                .andExpect(content().string(containsString(">Марія</dd>")))
                .andExpect(content().string(containsString(">Направленівна</dd>")));
        // Sofia withdrew it after the referral was sent: case details yes, identity no
        long sofia = referralOf("NGO_DEMO_SVITANOK", "SENT");
        mvc.perform(get("/api/v1/referrals/" + sofia).session(partner)).andExpect(status().isOk())
                .andExpect(jsonPath("$.sentIdentity").value(true))
                .andExpect(jsonPath("$.shared.identity").doesNotExist())
                .andExpect(jsonPath("$.shared.caseDetails.regionCode").value("UA-05"));
        mvc.perform(get("/referrals/" + sofia).session(partner)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Вигадана Софія"))));

        mvc.perform(post("/api/v1/referrals/" + sofia + "/status").session(partner).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DELIVERED\",\"outcome\":\"OTHER\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("status"));
        mvc.perform(get("/referrals").session(partner)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-referral=\"" + maria + "\"")))
                .andExpect(content().string(not(containsString("data-referral=\"" + other + "\""))));
    }

    /** The part of a page from the element with this id to the end of its form. */
    private static String form(String html, String id) {
        int from = html.indexOf("id=\"" + id + "\"");
        return from < 0 ? "" : html.substring(from, html.indexOf("</form>", from));
    }

    @Test
    void thePartnersReferralPageShowsPriorityTheCoordinatorsContactEachStepsOwnFieldsAndDashes() throws Exception {
        var partner = SignIn.demo(mvc, "partner");
        long sofia = referralOf("NGO_DEMO_SVITANOK", "SENT");
        String uk = mvc.perform(get("/referrals/" + sofia).session(partner)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String priority = jdbc.sql("select n.priority from need n join referral r on r.need_id = n.id where r.id = :id")
                .param("id", sofia).query(String.class).single();
        assertThat(uk).contains("id=\"referral-priority\"").contains("priority-" + priority);
        // the coordinator who answers for the person (or who sent it): name and work e-mail, never a person's data
        String coordinator = jdbc.sql("select coalesce(c.display_name, s.display_name) from referral r"
                        + " join protected_person p on p.id = r.person_id left join app_user c on c.id = p.coordinator_id"
                        + " join app_user s on s.username = r.sent_by where r.id = :id")
                .param("id", sofia).query(String.class).single();
        assertThat(uk.substring(uk.indexOf("id=\"referral-contact\""))).contains(coordinator).contains("mailto:");
        // SENT: accept (no field), decline (a reason only), close (an outcome only); nothing else offered
        assertThat(form(uk, "move-ACCEPTED")).doesNotContain("<select");
        assertThat(form(uk, "move-DECLINED")).contains("name=\"declineReason\"").doesNotContain("name=\"outcome\"");
        assertThat(form(uk, "move-CLOSED")).contains("name=\"outcome\"").doesNotContain("name=\"declineReason\"");
        assertThat(uk).doesNotContain("id=\"move-DELIVERED\"").doesNotContain("id=\"move-IN_PROGRESS\"");
        // no answer, no reason, no outcome yet: a dash each, not an empty cell
        assertThat(uk).containsPattern("Відповідь дано</dt>\\s*<dd>—</dd>");
        assertThat(uk).containsPattern("Причина відмови</dt>\\s*<dd>—</dd>").containsPattern("Результат</dt>\\s*<dd>—</dd>");

        // an urgent referral says so in words, in both languages
        jdbc.sql("update need set priority = 'URGENT' where id = (select need_id from referral where id = :id)")
                .param("id", sofia).update();
        try {
            mvc.perform(get("/referrals/" + sofia).session(partner)).andExpect(content().string(containsString("Невідкладно")))
                    .andExpect(content().string(containsString("id=\"referral-urgent\"")));
            mvc.perform(get("/referrals/" + sofia).param("lang", "en").session(partner))
                    .andExpect(content().string(containsString("Urgent")));
            mvc.perform(get("/referrals").session(partner)).andExpect(content().string(containsString("priority-URGENT")));
        } finally {
            jdbc.sql("update need set priority = :p where id = (select need_id from referral where id = :id)")
                    .param("p", priority).param("id", sofia).update();
        }
        // moving by the step's own form: a decline without a reason is refused, with one it is recorded
        long accepted = referralOf("NGO_DEMO_SVITANOK", "IN_PROGRESS");
        String inProgress = mvc.perform(get("/referrals/" + accepted).session(partner)).andReturn().getResponse()
                .getContentAsString();
        assertThat(form(inProgress, "move-DELIVERED")).contains("name=\"outcome\"");
        assertThat(inProgress).doesNotContain("id=\"move-DECLINED\"");
    }

    @Test
    void theCoordinatorSendsFromANeedAfterThePreviewAndSeesTheDashboard() throws Exception {
        var coordinator = SignIn.demo(mvc, "coordinator");
        long personId = jdbc.sql("select min(person_id) from referral where partner_code = 'NGO_DEMO_SVITANOK'")
                .query(Long.class).single();
        mvc.perform(get("/referrals/person/" + personId).session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("NGO_DEMO_SVITANOK")));
        mvc.perform(post("/referrals/person/" + personId + "/needs").session(coordinator).with(csrf())
                .param("category", "SOCIAL").param("priority", "HIGH")).andExpect(status().is3xxRedirection());
        long need = jdbc.sql("select max(id) from need where person_id = :p").param("p", personId).query(Long.class).single();
        mvc.perform(get("/referrals/needs/" + need + "/send").param("partnerCode", "NGO_DEMO_SVITANOK").session(coordinator))
                .andExpect(status().isOk()).andExpect(content().string(containsString("NGO_DEMO_SVITANOK")));
        mvc.perform(post("/referrals/needs/" + need + "/send").param("partnerCode", "NGO_DEMO_SVITANOK")
                .session(coordinator).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/coordinator").session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("DEMO_LEGAL_AID_VN")));
        mvc.perform(get("/").session(coordinator)).andExpect(content().string(containsString("/coordinator")));
        mvc.perform(get("/api/v1/referrals").session(coordinator)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.overdue == true)].partnerCode").value(org.hamcrest.Matchers.hasItem("DEMO_LEGAL_AID_VN")));
        mvc.perform(get("/coordinator").session(coordinator).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Coordinator dashboard")));
    }

    @Autowired
    org.nadiya.victims.Persons persons;

    @Autowired
    org.nadiya.cases.Proceedings proceedings;

    @Autowired
    org.nadiya.security.UserAdministration users;

    @Test
    void theDashboardShowsCourtDatesAheadInTheProceedingsOfTheCoordinatorsPersons() throws Exception {
        var c = users.find("coordinator").orElseThrow();
        var coordinator = new org.nadiya.security.CurrentUser(c.id(), c.username(), c.displayName(), c.roles(),
                c.agencyCode(), c.regionCode(), c.supervisor());
        var visible = persons.list(coordinator, 0, 200).rows();
        var linked = persons.proceedingsOf(visible.stream().map(org.nadiya.victims.PersonRow::id).toList());
        var person = visible.stream().filter(r -> linked.containsKey(r.id())).findFirst().orElseThrow();
        long proceeding = linked.get(person.id()).get(0);
        var a = users.find("admin").orElseThrow();
        var admin = new org.nadiya.security.CurrentUser(a.id(), "admin", "A", a.roles(), a.agencyCode(), "UA", false);
        var day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Kyiv")).plusDays(9);
        proceedings.addHearing(admin, proceeding, day, "Вигаданий апеляційний суд для тесту", null);

        var session = SignIn.demo(mvc, "coordinator");
        mvc.perform(get("/coordinator").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Вигаданий апеляційний суд для тесту")))
                .andExpect(content().string(containsString(person.pseudonym())))
                .andExpect(content().string(containsString(day.toString())));
        var lviv = SignIn.demo(mvc, "coordinator-lviv");
        if (!persons.list(asUser("coordinator-lviv"), 0, 200).rows().stream().anyMatch(r -> r.id() == person.id())) {
            mvc.perform(get("/coordinator").session(lviv)).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(person.pseudonym()))));
        }
    }

    /** The duty to inform: one row per person with pseudonym, ERDR number, change and day; recorded, it leaves. */
    @Test
    void theCoordinatorRecordsHowAndWhenThePersonWasToldAndTheRowLeaves() throws Exception {
        var coordinator = asUser("coordinator");
        var visible = persons.list(coordinator, 0, 200).rows();
        var linked = persons.proceedingsOf(visible.stream().map(org.nadiya.victims.PersonRow::id).toList());
        var person = visible.stream().filter(r -> linked.containsKey(r.id())).findFirst().orElseThrow();
        long proceeding = linked.get(person.id()).get(0);
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Kyiv"));
        jdbc.sql("insert into referral_notification (person_id, proceeding_id, from_stage, to_stage, changed_on, created_at)"
                        + " values (:p, :pr, 'REGISTERED', 'SUSPICION_NOTIFIED', :on, current_timestamp)")
                .param("p", person.id()).param("pr", proceeding).param("on", today.minusDays(9)).update();
        long id = jdbc.sql("select max(id) from referral_notification").query(Long.class).single();
        String erdr = jdbc.sql("select erdr_number from proceeding where id = :id").param("id", proceeding)
                .query(String.class).single();

        var session = SignIn.demo(mvc, "coordinator");
        mvc.perform(get("/coordinator").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"inform-" + id + "\"")))
                .andExpect(content().string(containsString(person.pseudonym())))
                .andExpect(content().string(containsString("ЄРДР № " + erdr)))
                .andExpect(content().string(containsString("прострочено")));
        mvc.perform(post("/coordinator/notifications/" + id + "/inform").session(session).with(csrf())
                .param("informedOn", today.toString())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("error"));
        var lviv = SignIn.demo(mvc, "coordinator-lviv");
        if (!persons.canSee(asUser("coordinator-lviv"), person.id())) {
            mvc.perform(post("/coordinator/notifications/" + id + "/inform").session(lviv).with(csrf())
                    .param("how", "PHONE").param("informedOn", today.toString())).andExpect(status().isNotFound());
            mvc.perform(get("/coordinator").session(lviv)).andExpect(content().string(not(containsString("inform-" + id))));
        }
        mvc.perform(post("/coordinator/notifications/" + id + "/inform").session(session).with(csrf())
                .param("how", "IN_PERSON").param("informedOn", today.minusDays(1).toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "dashboard.informed"));
        mvc.perform(get("/coordinator").session(session)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"inform-" + id + "\""))));
        mvc.perform(get("/coordinator").session(session).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tell the person")));
    }

    private org.nadiya.security.CurrentUser asUser(String name) {
        var u = users.find(name).orElseThrow();
        return new org.nadiya.security.CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.agencyCode(),
                u.regionCode(), u.supervisor());
    }

    @Test
    void theCoordinatorsMenuShowsWhatCoordinatorsUseAndNoEmptyProceedingsOrDeadlines() throws Exception {
        for (String coordinator : List.of("coordinator", "coordinator-lviv")) {
            String home = mvc.perform(get("/").session(SignIn.demo(mvc, coordinator))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            String menu = home.substring(home.indexOf("<nav"), home.indexOf("</nav>"));
            assertThat(menu).contains("href=\"/persons\"", "href=\"/referrals\"", "href=\"/coordinator\"",
                    "href=\"/partners\"", "href=\"/links/search\"")
                    .doesNotContain("href=\"/proceedings\"", "href=\"/proceedings/deadlines\"", "href=\"/qualification\"");
            assertThat(home).doesNotContain("class=\"deadlines\"");
        }
        String prosecutor = mvc.perform(get("/").session(SignIn.demo(mvc, "prosecutor"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(prosecutor).contains("href=\"/proceedings\"", "href=\"/proceedings/deadlines\"");
    }

    @Test
    void otherRolesGetNothing() throws Exception {
        for (String user : List.of("researcher", "operative", "analyst")) {
            var session = SignIn.demo(mvc, user);
            mvc.perform(get("/api/v1/referrals").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/referrals").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/coordinator").session(session)).andExpect(status().isForbidden());
        }
        var partner = SignIn.demo(mvc, "partner");
        mvc.perform(get("/coordinator").session(partner)).andExpect(status().isForbidden());
    }
}
