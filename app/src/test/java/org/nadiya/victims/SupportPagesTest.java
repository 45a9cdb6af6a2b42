package org.nadiya.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.AuditQuery;
import org.nadiya.audit.Outcome;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Interviews, risks and status on the person page and over the API, with the demo data and demo users. */
class SupportPagesTest extends DemoWebTest {

    @Autowired
    Persons persons;

    @Autowired
    VictimSupport support;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog audit;

    long child;
    long iryna;
    long supportOnly;

    @BeforeEach
    void demoPersons() {
        // In id order, as SupportDemoData chose them: later demo contributions add persons of their own.
        var rows = persons.list(as("admin"), 0, 200).rows().stream().filter(r -> "UA-05".equals(r.regionCode()))
                .sorted(java.util.Comparator.comparingLong(org.nadiya.victims.PersonRow::id)).toList();
        child = rows.stream().filter(r -> r.ageGroup() == AgeGroup.AGE_14_17).findFirst().orElseThrow().id();
        iryna = rows.stream().filter(r -> r.kind() == PersonKind.VICTIM_WITNESS).findFirst().orElseThrow().id();
        supportOnly = rows.stream().filter(r -> r.kind() == PersonKind.VICTIM && !r.ageGroup().child()
                && persons.open(as("admin"), r.id()).participations().isEmpty()).findFirst().orElseThrow().id();
    }

    private CurrentUser as(String username) {
        var a = users.find(username).orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(),
                a.supervisor());
    }

    @Test
    void theDemoShowsAChildsInterviewOverAWarningAnOverdueReviewAndStatusesInSeveralStates() throws Exception {
        var coordinator = as("coordinator");
        assertThat(support.interviews(coordinator, child)).anySatisfy(i -> {
            assertThat(i.warnings()).contains(InterviewWarning.CHILD_NO_LEGAL_REPRESENTATIVE);
            assertThat(i.overrideReason()).isNotBlank();
        });
        assertThat(support.overdueReviews(coordinator)).extracting(RiskAssessment::personId).contains(iryna);
        var states = persons.list(coordinator, 0, 200).rows().stream()
                .flatMap(r -> support.statusApplications(coordinator, r.id()).stream()).toList();
        assertThat(states).extracting(StatusApplication::decision).contains(StatusDecision.values());
        assertThat(states).flatExtracting(StatusApplication::warnings)
                .contains(StatusWarning.EXPIRING, StatusWarning.DECISION_OVERDUE);
        assertThat(persons.open(coordinator, supportOnly).participations()).isEmpty();
        assertThat(support.statusApplications(coordinator, supportOnly)).isNotEmpty();
        assertThat(support.risks(coordinator, supportOnly)).isNotEmpty();

        var session = SignIn.demo(mvc, "coordinator");
        mvc.perform(get("/persons/" + child).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"interview-timeline\"")))
                .andExpect(content().string(containsString("id=\"interview-form\"")))
                .andExpect(content().string(containsString("дитина: без законного представника")));
        mvc.perform(get("/persons/" + iryna).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"risk-overdue\"")))
                .andExpect(content().string(containsString("Родич підозрюваного")));
        mvc.perform(get("/persons/support-warnings").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Прострочені перегляди ризиків")))
                .andExpect(content().string(containsString("/persons/" + child + "#interviews")));
    }

    @Test
    void planningOverWarningsNeedsAReasonOnTheApiAndTheForm() throws Exception {
        var session = SignIn.demo(mvc, "coordinator");
        String day = LocalDate.now(ZoneId.of("Europe/Kyiv")).plusDays(20).toString();
        String plan = "{\"scheduledOn\":\"" + day + "\",\"conductedBy\":\"НПУ, слідчий\",\"purpose\":\"INTERROGATION\","
                + "\"psychologist\":true,\"legalRepresentative\":false";
        mvc.perform(post("/api/v1/persons/" + child + "/interviews").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(plan + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("overrideReason"))
                .andExpect(jsonPath("$.code").value("error.victims.overrideReason.warnings"))
                .andExpect(jsonPath("$.detail").value(containsString("дитина: без законного представника")));
        mvc.perform(post("/api/v1/persons/" + child + "/interviews").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(plan + ",\"overrideReason\":\"Невідкладно (тест)\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.warnings", hasItem("CHILD_NO_LEGAL_REPRESENTATIVE")))
                .andExpect(jsonPath("$.interview.overrideReason").value("Невідкладно (тест)"));
        var entries = audit.find(new AuditQuery("coordinator", "INTERVIEW_PLANNED", "person", String.valueOf(child),
                Outcome.ALLOWED, null, null, 0, 1));
        assertThat(entries.get(0).details()).contains("over warnings");
        assertThat(entries.get(0).reason()).isEqualTo("Невідкладно (тест)");

        mvc.perform(post("/persons/" + child + "/interviews").session(session).with(csrf()).param("scheduledOn", day)
                        .param("conductedBy", "НПУ").param("purpose", "INTERROGATION"))
                .andExpect(redirectedUrl("/persons/" + child + "#interviews"))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                        ((org.nadiya.kernel.InvalidInputException) result.getFlashMap().get("error")).field())
                        .isEqualTo("overrideReason"));
        mvc.perform(get("/persons/" + child).session(session).flashAttr("error",
                        new org.nadiya.kernel.InvalidInputException("overrideReason", "error.common.requiredShort")))
                .andExpect(content().string(containsString("id=\"overrideReason-error\"")))
                .andExpect(content().string(containsString("href=\"#overrideReason\"")));
    }

    @Test
    void riskDetailsOnlyForThoseWhoManageThePersonAndEveryReadAudited() throws Exception {
        long before = audit.count(new AuditQuery("coordinator", "RISK_READ", "person", String.valueOf(iryna),
                Outcome.ALLOWED, null, null, 0, 500));
        var coordinator = SignIn.demo(mvc, "coordinator");
        mvc.perform(get("/api/v1/persons/" + iryna + "/risks").session(coordinator)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$[0].description").value(containsString("погрожує")))
                .andExpect(jsonPath("$[0].reviewOverdue").value(true));
        assertThat(audit.count(new AuditQuery("coordinator", "RISK_READ", "person", String.valueOf(iryna),
                Outcome.ALLOWED, null, null, 0, 500))).isEqualTo(before + 1);
        var admin = SignIn.demo(mvc, "admin");
        mvc.perform(get("/api/v1/persons/" + iryna + "/risks").session(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].description").value(nullValue()))
                .andExpect(content().string(not(containsString("погрожує"))));
        mvc.perform(post("/api/v1/persons/" + iryna + "/risks").session(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":\"LOW\",\"description\":\"x\",\"reviewOn\":\"2999-01-01\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void outsidersGet404AndPartnersAndResearchersNothing() throws Exception {
        for (String username : List.of("operative", "analyst", "partner", "researcher")) {
            var session = SignIn.demo(mvc, username);
            for (String path : List.of("interviews", "risks", "status-applications")) {
                mvc.perform(get("/api/v1/persons/" + child + "/" + path).session(session))
                        .andExpect(status().isNotFound());
                mvc.perform(post("/api/v1/persons/" + child + "/" + path).session(session).with(csrf())
                                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                        .andExpect(status().isNotFound());
            }
            mvc.perform(post("/persons/" + child + "/risks").session(session).with(csrf()).param("level", "LOW"))
                    .andExpect(status().isNotFound());
        }
        for (String username : List.of("partner", "researcher")) {
            var session = SignIn.demo(mvc, username);
            mvc.perform(get("/api/v1/risks/overdue-reviews").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/interviews/over-warnings").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/persons/support-warnings").session(session)).andExpect(status().isForbidden());
        }
    }

    @Test
    void aStatusApplicationOverTheApi() throws Exception {
        var session = SignIn.demo(mvc, "coordinator");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));
        String body = mvc.perform(post("/api/v1/persons/" + supportOnly + "/status-applications").session(session)
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"appliedOn\":\"" + today.minusDays(3)
                                + "\",\"interviewOn\":\"" + today.minusDays(1) + "\",\"bodyCode\":\"RSA-05\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/persons/" + supportOnly + "/status-applications/" + id + "/decision").session(session)
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"GRANTED\",\"decidedOn\":\"" + today + "\",\"validUntil\":\""
                                + today.plusYears(2).plusDays(1) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("validUntil"));
        mvc.perform(post("/api/v1/persons/" + supportOnly + "/status-applications/" + id + "/decision").session(session)
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"GRANTED\",\"decidedOn\":\"" + today + "\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/" + supportOnly + "/status-applications").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"validUntil\":\"" + today.plusYears(2) + "\"")));
        mvc.perform(get("/api/v1/deciding-bodies").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("RSA-71")));
    }

    /** Issue 17: the warnings show while planning (htmx), a repeated interview of the child among them. */
    @Test
    void theWarningsShowLiveWhilePlanningAndARepeatedInterviewOfTheChildWarns() throws Exception {
        var session = SignIn.demo(mvc, "coordinator");
        mvc.perform(get("/persons/" + child).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-post=\"/persons/" + child + "/interviews/warnings\"")))
                .andExpect(content().string(containsString("id=\"interview-live-warnings\"")));
        var day = LocalDate.now(ZoneId.of("Europe/Kyiv"));
        // The demo child has an interview planned in 5 days: another one 3 days later warns of the repetition.
        mvc.perform(post("/persons/" + child + "/interviews/warnings").session(session).with(csrf()).header("HX-Request", "true")
                        .param("scheduledOn", day.plusDays(8).toString()).param("purpose", "INTERROGATION")
                        .param("psychologist", "true").param("legalRepresentative", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("інший допит чи опитування незадовго до чи після цього")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post("/persons/" + child + "/interviews/warnings").session(session).with(csrf())
                        .param("purpose", "INTERROGATION"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Оберіть дату")));
        mvc.perform(post("/persons/" + child + "/interviews/warnings").session(SignIn.demo(mvc, "coordinator-lviv"))
                        .with(csrf()).param("scheduledOn", day.plusDays(8).toString()).param("purpose", "INTERROGATION"))
                .andExpect(status().isNotFound());
    }
}
