package org.nadiya.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@NadiyaTest
class QualificationPageTest extends DemoWebTest {

    @Test
    void theFormShowsEveryChoiceLabelledInUkrainian() throws Exception {
        String page = mvc.perform(get("/qualification").session(SignIn.demo(mvc, "prosecutor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Помічник кваліфікації", "вербування", "боргова кабала", "піклувальник",
                "name=\"victim4.age\"", "href=\"/qualification\"").doesNotContain("??", "<script>", "style=");
    }

    @Test
    void theResultIsShownInTheCurrentLanguage() throws Exception {
        var session = SignIn.demo(mvc, "investigator");
        String uk = mvc.perform(post("/qualification").session(session).with(csrf())
                        .param("acts", "recruitment", "movement").param("purposes", "sexual_exploitation")
                        .param("victim0.age", "25").param("victim1.age", "13").param("victim_consented", "true")
                        .param("category", "law_enforcement"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(uk).contains("ч. 3 ст. 149 КК України", "щодо кількох осіб", "щодо малолітнього",
                "позбавлення волі від 8 до 15 років", "особливо тяжкий злочин", "Державне бюро розслідувань",
                "п. 1 ч. 4 ст. 216 КПК", "Згода потерпілої особи не виключає злочину", "value=\"13\"")
                .containsPattern("value=\"recruitment\"\\s+checked");
        String en = mvc.perform(post("/qualification").session(session).with(csrf()).param("lang", "en")
                        .param("acts", "recruitment").param("purposes", "forced_labour").param("victim0.age", "30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Art. 149 CC is not made out", "the means (coercion", "National Police",
                "CPC Art. 216(1)");
    }

    @Test
    void aBadAgeIsShownOnTheFormNamingTheRow() throws Exception {
        String page = mvc.perform(post("/qualification").session(SignIn.demo(mvc, "coordinator")).with(csrf())
                        .param("victim2.age", "twelve"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("error-summary", "href=\"#victim2-age\"",
                "Очікується ціле число від 0 до 120").doesNotContain("id=\"result\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"researcher", "partner"})
    void researchersAndPartnersHaveNoPageAndNoLink(String username) throws Exception {
        var session = SignIn.demo(mvc, username);
        mvc.perform(get("/qualification").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/qualification").session(session).with(csrf())).andExpect(status().isForbidden());
        String home = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(home).doesNotContain("/qualification");
    }
}
