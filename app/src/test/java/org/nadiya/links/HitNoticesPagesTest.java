package org.nadiya.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.AuditQuery;
import org.nadiya.cases.Proceedings;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.nadiya.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Notices of hits on the home page: both teams learn of a hit, the team asked sees who asks and for which of its
 * proceedings, the team that asked sees the answer; read marks are per user; other teams' hits stay hidden.
 */
@NadiyaTest
class HitNoticesPagesTest extends DemoWebTest {

    @Autowired
    Links links;

    @Autowired
    Proceedings proceedings;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog audit;

    CurrentUser prosecutor;
    CurrentUser operative;
    long vinnytsia;
    long lviv;

    @BeforeEach
    void demoTeams() {
        prosecutor = current("prosecutor");
        operative = current("operative");
        lviv = proceedings.teamProceedings(operative).keySet().stream().sorted().findFirst().orElseThrow();
        vinnytsia = links.notices(prosecutor).stream().filter(n -> n.type() == HitNotice.Type.ACCESS_REQUESTED)
                .map(HitNotice::proceedingId).findFirst().orElseThrow();
    }

    @Test
    void theProsecutorsHomeNamesWhoAsksForWhichProceedingTheNewHitsAndTheAnswersAndWhatFallsDueThisWeek() throws Exception {
        String erdr = proceedings.teamProceedings(prosecutor).get(vinnytsia);
        mvc.perform(get("/").session(SignIn.demo(mvc, "prosecutor"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Сповіщення")))
                .andExpect(content().string(containsString("Оперуповноважений Демо-Вигаданий")))
                .andExpect(content().string(containsString("просить відкрити збіг (телефон) з вашим провадженням № " + erdr)))
                .andExpect(content().string(containsString("Той самий вербувальник")))
                .andExpect(content().string(containsString("погодив(ла) ваш запит щодо збігу")))
                .andExpect(content().string(containsString("новий збіг")))
                .andExpect(content().string(containsString("Строки на найближчі 7 днів")))
                .andExpect(content().string(containsString("Погодити клопотання про арешт майна")))
                .andExpect(content().string(not(containsString("Notices"))));
        mvc.perform(get("/").session(SignIn.demo(mvc, "prosecutor")).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Notices")))
                .andExpect(content().string(containsString("asks to open the hit (phone) with your proceeding No. " + erdr)))
                .andExpect(content().string(containsString("Due within 7 days")));
    }

    @Test
    void theOtherTeamLearnsOfTheHitWithoutTheProsecutorsProceedingBeingNamed() throws Exception {
        String theirs = proceedings.teamProceedings(prosecutor).get(vinnytsia);
        String page = mvc.perform(get("/").session(SignIn.demo(mvc, "operative"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("новий збіг")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(theirs);
        assertThat(links.notices(operative)).allSatisfy(n -> assertThat(proceedings.teamProceedings(operative))
                .containsKey(n.proceedingId()));
    }

    @Test
    void bothSidesAreToldAndTheLinksPageNamesTheRequesterAndWhyThereIsNoContact() throws Exception {
        links.add(prosecutor, vinnytsia, new NewIdentifier("EMAIL", "recruiter.notice.test@example.org", null, null),
                IdentifierSource.MANUAL);
        links.add(operative, lviv, new NewIdentifier("EMAIL", "Recruiter.Notice.Test@example.org", null, null),
                IdentifierSource.MANUAL);
        var hit = links.hits(operative, lviv).stream().filter(h -> h.kind() != null && h.kind().name().equals("EMAIL"))
                .findFirst().orElseThrow();
        assertThat(links.notices(prosecutor)).anyMatch(n -> n.hitId() == hit.id() && n.type() == HitNotice.Type.NEW_HIT);
        assertThat(links.notices(operative)).anyMatch(n -> n.hitId() == hit.id() && n.type() == HitNotice.Type.NEW_HIT);

        long request = links.requestAccess(operative, hit.id(), "Перевірити вербувальника (тест)");
        assertThat(links.notices(prosecutor)).anyMatch(n -> n.hitId() == hit.id()
                && n.type() == HitNotice.Type.ACCESS_REQUESTED && n.who().equals(operative.displayName())
                && n.proceedingId() == vinnytsia);
        mvc.perform(get("/proceedings/" + vinnytsia + "/links").session(SignIn.demo(mvc, "prosecutor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Просить: " + operative.displayName())))
                .andExpect(content().string(containsString("поки немає прокурора чи слідчого")));

        links.decide(prosecutor, request, false, "Спершу потрібне погодження керівника (тест)");
        assertThat(links.notices(prosecutor)).noneMatch(n -> n.hitId() == hit.id()
                && n.type() == HitNotice.Type.ACCESS_REQUESTED);
        mvc.perform(get("/").session(SignIn.demo(mvc, "operative"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(prosecutor.displayName())))
                .andExpect(content().string(containsString("Спершу потрібне погодження керівника (тест)")));
    }

    @Test
    void aReadMarkHidesTheNoticeForThatUserOnly() throws Exception {
        links.add(prosecutor, vinnytsia, new NewIdentifier("HANDLE", "t.me/read_mark_test", null, null),
                IdentifierSource.MANUAL);
        links.add(operative, lviv, new NewIdentifier("HANDLE", "telegram:read_mark_test", null, null),
                IdentifierSource.MANUAL);
        var newHit = links.notices(prosecutor).stream().filter(n -> n.type() == HitNotice.Type.NEW_HIT
                && n.kind() != null && n.kind().name().equals("HANDLE")).findFirst().orElseThrow();
        mvc.perform(post("/links/notices/" + newHit.hitId() + "/read").session(SignIn.demo(mvc, "prosecutor")).with(csrf()))
                .andExpect(redirectedUrl("/#notices"));
        assertThat(links.notices(prosecutor)).noneMatch(n -> n.hitId() == newHit.hitId() && n.type() == HitNotice.Type.NEW_HIT);
        assertThat(links.notices(current("investigator"))).anyMatch(n -> n.hitId() == newHit.hitId());
        mvc.perform(post("/api/v1/hit-notices/" + newHit.hitId() + "/read").session(SignIn.demo(mvc, "investigator"))
                .with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/hit-notices").session(SignIn.demo(mvc, "investigator"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.hitId == " + newHit.hitId() + " && @.type == 'NEW_HIT')]").isEmpty());
    }

    @Test
    void anotherTeamsHitIsNotFoundAuditedAndAMalformedIdIsAClearError() throws Exception {
        long hit = links.notices(prosecutor).get(0).hitId();
        var outsider = TestUsers.create(users, Role.INVESTIGATOR, "NPU", "UA-05");
        assertThatThrownBy(() -> links.markNoticesRead(outsider, hit)).isInstanceOf(NotVisibleException.class);
        assertThat(links.notices(outsider)).isEmpty();
        assertThat(audit.find(new AuditQuery(outsider.username(), "READ_REFUSED", "link_hit", String.valueOf(hit), null,
                null, null, 0, 10))).isNotEmpty();
        mvc.perform(post("/api/v1/hit-notices/" + hit + "/read").session(SignIn.demo(mvc, "coordinator")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/hit-notices/abc/read").session(SignIn.demo(mvc, "prosecutor")).with(csrf())
                        .header("Accept-Language", "uk"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.common.value.malformed"));
        mvc.perform(get("/api/v1/hit-notices").session(SignIn.demo(mvc, "partner"))).andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
    }

    private CurrentUser current(String username) {
        var a = users.find(username).orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(),
                a.supervisor());
    }
}
