package org.nadiya.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.http.MediaType;

/** Errors in the reader's language: RFC 9457 problem details for the API, styled pages for browsers. */
@NadiyaTest
class ProblemDetailsTest extends DemoWebTest {

    private static final String BAD_DRAFT = """
            {"erdrNumber": "123", "registeredOn": "2024-01-10", "regionCode": "UA-05", "summary": "s",
             "qualifications": ["149.2"], "investigativeBody": "NPU"}""";

    @Test
    void theApiAnswersProblemDetailsWithAStableCodeAndTheDetailInTheAskedLanguage() throws Exception {
        var session = SignIn.demo(mvc, "prosecutor");
        mvc.perform(post("/api/v1/proceedings").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "uk").content(BAD_DRAFT))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:nadiya:problem:invalid-input"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.code").value("error.cases.erdrNumber.digits"))
                .andExpect(jsonPath("$.field").value("erdrNumber"))
                .andExpect(jsonPath("$.detail").value("Номер ЄРДР має рівно 17 цифр; «123» не відповідає"))
                .andExpect(jsonPath("$.errors[0].field").value("erdrNumber"))
                .andExpect(jsonPath("$.errors[0].code").value("error.cases.erdrNumber.digits"));
        mvc.perform(post("/api/v1/proceedings").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en-GB,en;q=0.8").content(BAD_DRAFT))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.cases.erdrNumber.digits"))
                .andExpect(jsonPath("$.detail").value("the ERDR number has exactly 17 digits; '123' does not"));
    }

    @Test
    void unknownThingsAndWrongMethodsAreProblemDetailsForTheApi() throws Exception {
        var session = SignIn.demo(mvc, "prosecutor");
        mvc.perform(get("/api/v1/proceedings/999999999").session(session).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:nadiya:problem:not-found"))
                .andExpect(jsonPath("$.error").value("not found"));
        mvc.perform(get("/api/v1/proceedings/abc").session(session).header("Accept-Language", "uk"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.common.value.malformed"))
                .andExpect(jsonPath("$.detail").value("Значення має неправильний вигляд"));
    }

    @Test
    void aBrowserGetsAStyledPageInItsLanguageNeverJson() throws Exception {
        var session = SignIn.demo(mvc, "prosecutor");
        for (String path : new String[] {"/no/such/page", "/proceedings/abc", "/proceedings/999999999"}) {
            var page = mvc.perform(get(path).session(session).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
            assertThat(page.getStatus()).as(path).isEqualTo(404);
            assertThat(page.getContentType()).as(path).startsWith("text/html");
            assertThat(page.getContentAsString()).as(path).contains("Сторінку не знайдено", "На головну")
                    .doesNotContain("\"status\"", "Not Found");
        }
        // a GET to an address that only takes a form (POST): a page explaining it, not raw JSON
        var wrongMethod = mvc.perform(get("/account/tokens").session(session).accept(MediaType.TEXT_HTML)
                .cookie(new jakarta.servlet.http.Cookie("NADIYA_LANG", "en"))).andReturn().getResponse();
        assertThat(wrongMethod.getStatus()).isEqualTo(405);
        assertThat(wrongMethod.getContentType()).startsWith("text/html");
        assertThat(wrongMethod.getContentAsString()).contains("This action cannot be done this way");
    }
}
