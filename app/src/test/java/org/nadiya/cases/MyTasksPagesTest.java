package org.nadiya.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.AuditQuery;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.ParallelRequests;
import org.nadiya.testsupport.SignIn;
import org.nadiya.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** "My tasks" across proceedings, and editing, completing and reopening a task, under need-to-know. */
@NadiyaTest
class MyTasksPagesTest extends DemoWebTest {

    @Autowired
    Proceedings proceedings;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog audit;

    @LocalServerPort
    int port;

    CurrentUser admin;
    long first;
    long notOurs;

    @BeforeEach
    void demoProceedings() {
        var a = users.find("admin").orElseThrow();
        admin = new CurrentUser(a.id(), "admin", "A", Set.of(Role.ADMIN), "NADIYA_ADMIN", "UA", false);
        first = byErdr("12025050000001000");
        notOurs = byErdr("12025050000001010");
    }

    @Test
    void theProsecutorSeesHerTasksAcrossProceedingsNearestFirstNamedByErdrNumber() throws Exception {
        var session = SignIn.demo(mvc, "prosecutor");
        String page = mvc.perform(get("/tasks").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Мої завдання")))
                .andExpect(content().string(containsString("12025050000001000")))
                .andExpect(content().string(containsString("12025050000001030")))
                .andExpect(content().string(containsString("tag warn-OVERDUE")))
                .andExpect(content().string(containsString("tag warn-DAYS_3")))
                .andExpect(content().string(not(containsString("Отримати відповідь банку"))))
                .andExpect(content().string(not(containsString("Ознайомитися з висновком"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Перевірити повноту доказів")).isLessThan(page.indexOf("Підготувати клопотання"));
        assertThat(page.indexOf("Підготувати клопотання")).isLessThan(page.indexOf("Погодити клопотання"));
        assertThat(page.indexOf("Погодити клопотання")).isLessThan(page.indexOf("Вивчити матеріали"));
        mvc.perform(get("/tasks").session(session).param("state", "DONE")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ознайомитися з висновком")));
        mvc.perform(get("/tasks").session(session).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("My tasks")));
        mvc.perform(get("/api/v1/tasks").session(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].erdrNumber").value("12025050000001030"))
                .andExpect(jsonPath("$[?(@.title =~ /Отримати.*/)]").doesNotExist());
        mvc.perform(get("/api/v1/tasks").session(SignIn.demo(mvc, "investigator"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.title =~ /Отримати відповідь банку.*/)]").exists());
        mvc.perform(get("/tasks").session(session).param("state", "bogus")).andExpect(status().isBadRequest());
    }

    @Test
    void aTaskIsEditedFromMyTasksCompletedAndReopenedAndAStaleEditIsRefused() throws Exception {
        var session = SignIn.demo(mvc, "prosecutor");
        long task = proceedings.addTask(admin, first, "Перевірка редагування", "prosecutor", today().plusDays(20));
        var before = proceedings.task(admin, first, task);
        mvc.perform(get("/proceedings/" + first + "/tasks/" + task + "/edit").session(session).param("back", "mine"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Перевірка редагування")))
                .andExpect(content().string(containsString("12025050000001000")));
        mvc.perform(post("/proceedings/" + first + "/tasks/" + task).session(session).with(csrf())
                        .param("title", "Перевірка редагування — змінено").param("assignee", "investigator")
                        .param("dueOn", today().plusDays(4).toString()).param("version", String.valueOf(before.version()))
                        .param("back", "mine"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tasks"));
        var after = proceedings.task(admin, first, task);
        assertThat(after.title()).isEqualTo("Перевірка редагування — змінено");
        assertThat(after.assigneeName()).isEqualTo(users.find("investigator").orElseThrow().displayName());
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(audit.find(new AuditQuery("prosecutor", "TASK_CHANGED", "proceeding", String.valueOf(first), null,
                null, null, 0, 5))).first().extracting(e -> e.details())
                .isEqualTo("task " + task + ", changed: title, assignee, due date");

        mvc.perform(post("/proceedings/" + first + "/tasks/" + task).session(session).with(csrf())
                        .param("title", "Застаріла зміна").param("version", String.valueOf(before.version())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"version\"")))
                .andExpect(content().string(containsString("Доручення тим часом змінив хтось інший")));
        assertThat(proceedings.task(admin, first, task).title()).isEqualTo("Перевірка редагування — змінено");

        mvc.perform(post("/proceedings/" + first + "/tasks/" + task).session(session).with(csrf())
                        .param("title", " ").param("dueOn", "31.12.2026").param("version", String.valueOf(after.version())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#dueOn\"")));
        mvc.perform(post("/proceedings/" + first + "/tasks/" + task).session(session).with(csrf())
                        .param("title", "x").param("assignee", "coordinator").param("version", String.valueOf(after.version()))
                        .param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("member of this proceeding")));

        var investigator = SignIn.demo(mvc, "investigator");
        mvc.perform(get("/tasks").session(investigator)).andExpect(content().string(containsString("Перевірка редагування")));
        mvc.perform(post("/tasks/done").session(investigator).with(csrf()).param("proceeding", String.valueOf(first))
                .param("task", String.valueOf(task))).andExpect(redirectedUrl("/tasks"));
        assertThat(proceedings.task(admin, first, task).done()).isTrue();
        mvc.perform(post("/proceedings/" + first + "/tasks/" + task + "/reopen").session(investigator).with(csrf())
                .param("back", "mine")).andExpect(redirectedUrl("/tasks"));
        assertThat(proceedings.task(admin, first, task).done()).isFalse();
        mvc.perform(post("/api/v1/proceedings/" + first + "/tasks/" + task + "/reopen").session(investigator).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("task"));
    }

    @Test
    void otherTeamsTasksAndProceedingsDoNotExistForTheUser() throws Exception {
        long theirs = proceedings.addTask(admin, notOurs, "Чуже доручення", null, null);
        var session = SignIn.demo(mvc, "prosecutor");
        mvc.perform(get("/proceedings/" + notOurs + "/tasks/" + theirs + "/edit").session(session))
                .andExpect(status().isNotFound());
        mvc.perform(post("/proceedings/" + notOurs + "/tasks/" + theirs).session(session).with(csrf())
                .param("title", "x").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/proceedings/" + notOurs + "/tasks").session(session)).andExpect(status().isNotFound());
        mvc.perform(post("/tasks/done").session(session).with(csrf()).param("proceeding", String.valueOf(notOurs))
                .param("task", String.valueOf(theirs))).andExpect(status().isNotFound());
        // The other team's task through the prosecutor's own proceeding: no such task there.
        mvc.perform(get("/proceedings/" + first + "/tasks/" + theirs + "/edit").session(session))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/proceedings/" + first + "/tasks/" + theirs).session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\",\"version\":0}"))
                .andExpect(status().isNotFound());
        assertThat(proceedings.task(admin, notOurs, theirs).title()).isEqualTo("Чуже доручення");
        mvc.perform(get("/tasks").session(SignIn.demo(mvc, "partner"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tasks").session(SignIn.demo(mvc, "researcher"))).andExpect(status().isForbidden());
    }

    @Test
    void aTaskOfAProceedingTheUserLeftDropsOutOfMyTasks() throws Exception {
        var officer = TestUsers.create(users, Role.INVESTIGATOR, "NPU", "UA-05");
        proceedings.addMember(admin, first, officer.username(), TeamRole.INVESTIGATOR);
        proceedings.addTask(admin, first, "Доручення слідчому, якого виведуть з команди", officer.username(), today());
        assertThat(proceedings.myTasks(officer, CaseActivity.TaskState.OPEN, 10)).hasSize(1);
        proceedings.removeMember(admin, first, officer.id(), TeamRole.INVESTIGATOR);
        assertThat(proceedings.myTasks(officer, CaseActivity.TaskState.OPEN, 10)).isEmpty();
    }

    @Test
    void aHundredConcurrentEditsOfOneVersionLeaveExactlyOneChange() throws Exception {
        long task = proceedings.addTask(admin, first, "Доручення для одночасних змін", null, null);
        int version = proceedings.task(admin, first, task).version();
        var token = users.issueToken(users.find("prosecutor").orElseThrow().id(), "parallel task edits", 1).secret();
        var answers = ParallelRequests.send(port, token, 100, i -> HttpRequest.newBuilder(ParallelRequests.uri(port,
                        "/api/v1/proceedings/" + first + "/tasks/" + task))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"title\":\"Зміна " + i + "\",\"version\":" + version + "}")));
        assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 400).hasSize(99)
                .allSatisfy(a -> assertThat(a.body()).contains("\"field\":\"version\""));
        var stored = proceedings.task(admin, first, task);
        assertThat(stored.version()).isEqualTo(version + 1);
        assertThat(stored.title()).startsWith("Зміна ");
        var reads = ParallelRequests.send(port, token, 100, i -> HttpRequest.newBuilder(ParallelRequests.uri(port,
                "/api/v1/tasks")).GET());
        assertThat(reads).allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
    }

    private long byErdr(String erdr) {
        return proceedings.search(admin, new ProceedingFilter(null, null, null, null, null, null, null, null, erdr, 0, 1))
                .rows().get(0).id();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Kyiv"));
    }
}
