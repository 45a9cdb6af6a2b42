package org.nadiya.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nadiya.screen.IndicatorRule;
import org.nadiya.screen.ScreenRules;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;

@NadiyaTest
class ScreeningPageTest extends DemoWebTest {

    private static final String LURE = "ТЕРМІНОВО! Дівчата 18-25, робота хостес у Дубаї. Без досвіду, квитки за наш рахунок. "
            + "Пишіть тільки в телеграм @dubai_star_example або вайбер +1 202 555 0143 <script>";

    @Test
    void aPastedAdShowsItsRiskEvidenceInPlaceAndContacts() throws Exception {
        String page = mvc.perform(post("/screening").session(SignIn.demo(mvc, "operative")).with(csrf())
                        .param("text", LURE).param("salary", "від 4000 $"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"result\"", "Високий ризик", "Терміновий виїзд, тиск", "URGENT_DEPARTURE",
                ">ТЕРМІНОВО</mark>", ">4000 $</mark>", "Оплата значно вища за ринкову", "(не вказано в оголошенні)",
                "dubai_star_example", "+12025550143", "Viber", "версія правил " + ScreenRules.defaults().version(),
                "&lt;script&gt;").doesNotContain("<script>", "??");
    }

    @Test
    void anAnalystSeesTheResultInEnglishToo() throws Exception {
        String page = mvc.perform(post("/screening").session(SignIn.demo(mvc, "analyst")).with(csrf()).param("lang", "en")
                        .param("text", "Accountant in Lviv, official employment, UAH 22,000.").param("company", "Example LLC"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Low risk", "Official employment, contract (lowers the risk)", "No contacts found.");
    }

    @Test
    void anEmptyAdIsRefusedOnTheFormNamingTheField() throws Exception {
        String page = mvc.perform(post("/screening").session(SignIn.demo(mvc, "operative")).with(csrf()).param("text", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("error-summary", "href=\"#text\"", "Потрібен текст оголошення").doesNotContain("id=\"result\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"coordinator", "partner", "researcher"})
    void othersHaveNoPageAndNoLink(String username) throws Exception {
        var session = SignIn.demo(mvc, username);
        mvc.perform(get("/screening").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/screening").session(session).with(csrf()).param("text", LURE)).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString()).doesNotContain("/screening");
    }

    @Test
    void everyShippedIndicatorHasALabelInBothLanguages() throws IOException {
        for (String bundle : new String[] {"/messages.properties", "/messages_en.properties"}) {
            var messages = new Properties();
            try (InputStream in = getClass().getResourceAsStream(bundle)) {
                messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            var rules = ScreenRules.defaults();
            assertThat(rules.indicators().stream().map(IndicatorRule::code))
                    .allMatch(code -> messages.containsKey("adScreening.indicator." + code));
            assertThat(messages).containsKeys("adScreening.indicator." + rules.salary().code(),
                    "adScreening.indicator." + rules.mixedScript().code(), "adScreening.indicator." + rules.noEmployer().code());
        }
    }
}
