package org.nadiya.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;

/**
 * The labelled-field fragments (fragments/forms.html {@code input}, {@code textarea}) render what the hand-written
 * fields did: label bound to the field, name, type, maxlength only when given, required only when asked, the value
 * typed, aria-invalid and the error message under the field the error names.
 */
@NadiyaTest
class FormFragmentsTest extends DemoWebTest {

    @Test
    void anEmptyFormHasLabelledFieldsWithTheirAttributes() throws Exception {
        String html = mvc.perform(get("/training/new").session(SignIn.demo(mvc, "coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<label for=\"title\">");
        String title = tag(html, "input", "title");
        assertThat(title).contains("name=\"title\"", "type=\"text\"", "required=\"required\"", "maxlength=\"300\"",
                "aria-invalid=\"false\"");
        String startsOn = tag(html, "input", "startsOn");
        assertThat(startsOn).contains("type=\"date\"", "required=\"required\"").doesNotContain("maxlength");
        assertThat(html).doesNotContain("-error\"");
    }

    @Test
    void aRefusedFormKeepsTheValuesAndMarksTheFieldItNames() throws Exception {
        String html = mvc.perform(post("/training").session(SignIn.demo(mvc, "coordinator")).with(csrf())
                        .param("kind", "TRAINING").param("title", "Тест \"лапки\"").param("startsOn", "2026-06-02")
                        .param("endsOn", "2026-06-01").param("place", "Львів").param("format", "IN_PERSON")
                        .param("organisers", "Тест").param("topics", "PROOF"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tag(html, "input", "endsOn")).contains("aria-invalid=\"true\"", "value=\"2026-06-01\"");
        assertThat(tag(html, "input", "title")).contains("aria-invalid=\"false\"", "value=\"Тест &quot;лапки&quot;\"");
        assertThat(html).contains("id=\"endsOn-error\"").doesNotContain("id=\"title-error\"");
    }

    @Test
    void theTextAreaFragmentRendersRowsLengthAndItsError() throws Exception {
        var prosecutor = SignIn.demo(mvc, "prosecutor");
        String form = mvc.perform(get("/cooperation/new").session(prosecutor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher proceeding = Pattern.compile("<option value=\"(\\d+)\"").matcher(form);
        assertThat(proceeding.find()).as("the demo prosecutor sees a proceeding").isTrue();
        String withProceeding = "/cooperation/new?proceedingId=" + proceeding.group(1);
        String html = mvc.perform(get(withProceeding).session(prosecutor)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("<label for=\"summary\">");
        assertThat(tag(html, "textarea", "summary")).contains("name=\"summary\"", "rows=\"4\"", "maxlength=\"2000\"",
                "aria-invalid=\"false\"");
        assertThat(tag(html, "input", "language")).contains("maxlength=\"3\"").doesNotContain("required");
    }

    private static String tag(String html, String element, String id) {
        Matcher m = Pattern.compile("<" + element + "[^>]*\\sid=\"" + id + "\"[^>]*>").matcher(html);
        assertThat(m.find()).as("<%s id=%s> in the page", element, id).isTrue();
        return m.group();
    }
}
