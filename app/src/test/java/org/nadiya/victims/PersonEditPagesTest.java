package org.nadiya.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Changing a person in the browser and over the API: the demo coordinator changes data and identity with a reason,
 * the form keeps what was typed on an error (in Ukrainian and English), another region's coordinator gets 404.
 */
@NadiyaTest
class PersonEditPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLoader demo;

    @Autowired
    Persons persons;

    @Autowired
    UserAdministration users;

    @Autowired
    JdbcClient jdbc;

    long id;

    @BeforeEach
    void person() {
        demo.load();
        var coordinator = as("coordinator");
        id = persons.register(coordinator, new NewPerson(PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-05",
                Set.of(ExploitationForm.FORCED_LABOUR), false, new Identity("Вигаданенко", "Ольга", "Петрівна", null,
                java.time.LocalDate.of(1990, 1, 1), null, null, null, null, null), null, null));
    }

    private CurrentUser as(String username) {
        var a = users.find(username).orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(), a.supervisor());
    }

    @Test
    void theCoordinatorChangesTheDataWithAReason() throws Exception {
        var session = SignIn.demo(mvc, "coordinator");
        mvc.perform(get("/persons/" + id).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/persons/" + id + "/edit\"")))
                .andExpect(content().string(containsString("id=\"identity-edit\"")));
        mvc.perform(get("/persons/" + id + "/edit").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Підстава зміни")));
        mvc.perform(post("/persons/" + id + "/edit").session(session).with(csrf()).param("kind", "WITNESS")
                        .param("sex", "FEMALE").param("citizenship", "QQ").param("regionCode", "UA-05").param("reason", "x"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#citizenship\"")))
                .andExpect(content().string(containsString("value=\"QQ\"")));
        mvc.perform(post("/persons/" + id + "/edit").session(session).with(csrf()).param("kind", "WITNESS")
                        .param("sex", "FEMALE").param("citizenship", "UA").param("regionCode", "UA-05").param("reason", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Вкажіть підставу зміни")));
        mvc.perform(post("/persons/" + id + "/edit").session(session).with(csrf()).param("kind", "WITNESS")
                        .param("sex", "FEMALE").param("citizenship", "UA").param("regionCode", "UA-05")
                        .param("forms", "FORCED_LABOUR").param("reason", "Уточнено процесуальне становище"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "person.changed"));
        assertThat(persons.open(as("coordinator"), id).kind()).isEqualTo(PersonKind.WITNESS);
        mvc.perform(get("/persons/" + id + "/edit").param("lang", "en").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Reason for the change")));
    }

    @Test
    void theIdentityIsOpenedForChangingWithAReasonAndSavedWithAnother() throws Exception {
        var session = SignIn.demo(mvc, "coordinator");
        mvc.perform(post("/persons/" + id + "/identity/edit").session(session).with(csrf()).param("reason", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/persons/" + id + "/identity/edit").session(session).with(csrf())
                        .param("reason", "Виправлення прізвища за паспортом"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"Вигаданенко\"")))
                .andExpect(content().string(containsString("value=\"1990-01-01\"")));
        mvc.perform(post("/persons/" + id + "/identity/change").session(session).with(csrf())
                        .param("familyName", "Вигаданенко").param("givenName", "Ольга").param("patronymic", "Петрівна")
                        .param("nameLatin", "Кирилиця").param("birthDate", "1990-01-01").param("reason", "Паспорт"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#nameLatin\"")))
                .andExpect(content().string(containsString("value=\"Кирилиця\"")));
        mvc.perform(post("/persons/" + id + "/identity/change").session(session).with(csrf())
                        .param("familyName", "Вигаданюк").param("givenName", "Ольга").param("patronymic", "Петрівна")
                        .param("nameLatin", "Vyhadaniuk Olha").param("birthDate", "1990-01-01").param("reason", "Паспорт"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "person.identityChanged"));
        assertThat(persons.identity(as("coordinator"), id, "Перевірка").familyName()).isEqualTo("Вигаданюк");
        assertThat(jdbc.sql("select details from audit_entry where action = 'IDENTITY_CHANGED' and entity_id = :id")
                .param("id", String.valueOf(id)).query(String.class).single())
                .contains("familyName, nameLatin").doesNotContain("Вигаданюк", "Vyhadaniuk");
    }

    @Test
    void overTheApiAbsentFieldsStayAndAnotherRegionGets404() throws Exception {
        var session = SignIn.demo(mvc, "coordinator");
        mvc.perform(patch("/api/v1/persons/" + id).session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"crsv\":true,\"reason\":\"Уточнено\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.changed[0]").value("crsv"))
                .andExpect(jsonPath("$.person.crsv").value(true)).andExpect(jsonPath("$.person.kind").value("VICTIM"));
        mvc.perform(patch("/api/v1/persons/" + id + "/identity").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phone\":\"+380 67 000 00 99\",\"reason\":\"Новий номер\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.changed[0]").value("phone"))
                .andExpect(content().string(not(containsString("000 00 99"))));
        mvc.perform(patch("/api/v1/persons/" + id + "/identity").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phone\":\"abc\",\"reason\":\"Новий номер\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("phone"));
        var lviv = SignIn.demo(mvc, "coordinator-lviv");
        mvc.perform(patch("/api/v1/persons/" + id).session(lviv).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"crsv\":false,\"reason\":\"Спроба\"}")).andExpect(status().isNotFound());
        mvc.perform(patch("/api/v1/persons/" + id + "/identity").session(lviv).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"familyName\":\"Чужий\",\"reason\":\"Спроба\"}")).andExpect(status().isNotFound());
        mvc.perform(get("/persons/" + id + "/edit").session(lviv)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/persons/" + id + "/participations/1").session(lviv).with(csrf()).param("reason", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(patch("/api/v1/persons/" + id).session(SignIn.demo(mvc, "partner")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"crsv\":false,\"reason\":\"Спроба\"}"))
                .andExpect(status().is4xxClientError());
        assertThat(persons.open(as("coordinator"), id).crsv()).isTrue();
    }

    @Test
    void theCoordinatorLinksThePersonByTheErdrNumberAndEndsTheParticipationWithAReason() throws Exception {
        var session = SignIn.demo(mvc, "coordinator");
        var proceeding = jdbc.sql("select id, erdr_number from proceeding order by id fetch first 1 rows only")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long proceedingId = (Long) proceeding[0];
        String erdr = (String) proceeding[1];
        mvc.perform(post("/persons/" + id + "/participations").session(session).with(csrf())
                        .param("proceedingId", "99999999999999999").param("role", "VICTIM"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("error"));
        mvc.perform(post("/persons/" + id + "/participations").session(session).with(csrf())
                        .param("proceedingId", erdr).param("role", "WITNESS"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "person.saved"));
        mvc.perform(get("/persons/" + id).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("ЄРДР № " + erdr)))
                .andExpect(content().string(containsString("/participations/" + proceedingId + "/remove")));
        mvc.perform(post("/persons/" + id + "/participations/" + proceedingId + "/remove").session(session).with(csrf())
                .param("reason", "")).andExpect(flash().attributeExists("error"));
        mvc.perform(post("/persons/" + id + "/participations/" + proceedingId + "/remove").session(session).with(csrf())
                .param("reason", "Звʼязано помилково")).andExpect(flash().attribute("flash", "person.unlinked"));
        assertThat(persons.open(as("coordinator"), id).participations()).isEmpty();
    }
}
