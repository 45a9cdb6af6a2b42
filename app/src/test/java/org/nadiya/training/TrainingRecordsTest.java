package org.nadiya.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

/** Events, imports (all rows or none, every bad row named) and certificates, as the coordinator records them. */
@NadiyaTest
class TrainingRecordsTest extends DemoWebTest {

    private static final String HEADER = "name,agency,role,level,region,days,pre,post\n";

    @Autowired
    JdbcClient jdbc;

    private long newEvent(MockHttpSession session, String title) throws Exception {
        String body = mvc.perform(post("/api/v1/training/events").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"WORKSHOP","title":"%s","startsOn":"2026-05-11","endsOn":"2026-05-12",
                                 "place":"Вінниця","format":"ONLINE","organisers":"Тестові організатори",
                                 "topics":["CYBER","PROOF"]}""".formatted(title)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    }

    private long participations(long event) {
        return jdbc.sql("select count(*) from training_participation where event_id = :e").param("e", event)
                .query(Long.class).single();
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryBadRow() throws Exception {
        var coordinator = SignIn.demo(mvc, "coordinator");
        long event = newEvent(coordinator, "Тестовий семінар імпорту");
        String bad = HEADER
                + "Тестова Особа Перша,PROSECUTOR,PROSECUTOR,REGIONAL,UA-05,1;2,50,70\n"
                + "Тестова Особа Друга,NO_SUCH_AGENCY,INVESTIGATOR,REGIONAL,UA-46,1,40,60\n"
                + "Тестова Особа Третя,SBI,INVESTIGATOR,REGIONAL,UA-46,3,40,60\n"
                + "Тестова Особа Четверта,SBI,INVESTIGATOR,CENTRAL,UA-46,1,40,60\n"
                + "Тестова Особа П'ята,NPU,INVESTIGATOR,REGIONAL,UA-05,1,40,160\n";
        mvc.perform(multipart("/api/v1/training/events/" + event + "/import").file(csv(bad)).session(coordinator).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.errors", hasSize(5)))
                .andExpect(jsonPath("$.errors[1].detail").value(startsWith("Рядок 3:"))).andExpect(jsonPath("$.errors[1].field").value("agency"))
                .andExpect(jsonPath("$.errors[2].detail").value(startsWith("Рядок 4:"))).andExpect(jsonPath("$.errors[2].field").value("days"))
                .andExpect(jsonPath("$.errors[3].detail").value(startsWith("Рядок 5:"))).andExpect(jsonPath("$.errors[3].field").value("region"))
                .andExpect(jsonPath("$.errors[4].detail").value(startsWith("Рядок 6:"))).andExpect(jsonPath("$.errors[4].field").value("postScore"));
        assertThat(participations(event)).isZero();

        mvc.perform(multipart("/training/" + event + "/import").file(csv(bad)).session(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("rowErrors"));

        String good = HEADER + "Тестова Особа Перша,PROSECUTOR,PROSECUTOR,REGIONAL,UA-05,1;2,50,70\n"
                + "Тестова Особа Шоста,SBI,INVESTIGATOR,CENTRAL,UA,2026-05-12,45,\n";
        mvc.perform(multipart("/api/v1/training/events/" + event + "/import").file(csv(good)).session(coordinator).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        assertThat(participations(event)).isEqualTo(2);
        // the same people again: refused, and nothing more stored
        mvc.perform(multipart("/api/v1/training/events/" + event + "/import").file(csv(good)).session(coordinator).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[1].field").value("name"));
        assertThat(participations(event)).isEqualTo(2);

        var xlsx = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            String[][] rows = {{"name", "agency", "role", "level", "region", "days", "pre", "post"},
                {"Тестова Особа Сьома", "MIGRATION_POLICE", "operative", "regional", "UA-61", "1", "55", "80"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(xlsx);
        }
        mvc.perform(multipart("/api/v1/training/events/" + event + "/import")
                        .file(new MockMultipartFile("file", "people.xlsx", "application/octet-stream", xlsx.toByteArray()))
                        .session(coordinator).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
        mvc.perform(get("/api/v1/training/events/" + event + "/participants").session(coordinator))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(3)))
                .andExpect(content().string(containsString("Тестова Особа Сьома")));
    }

    @Test
    void theCertificateIsAPdfWithTheNameAndIsAudited() throws Exception {
        var coordinator = SignIn.demo(mvc, "coordinator");
        long event = jdbc.sql("select id from training_event where kind = 'STUDY_VISIT'").query(Long.class).single();
        long person = jdbc.sql("select min(person_id) from training_participation where event_id = :e").param("e", event)
                .query(Long.class).single();
        String name = mvc.perform(get("/api/v1/training/events/" + event + "/participants").session(coordinator))
                .andReturn().getResponse().getContentAsString().replaceAll("(?s).*?\"personId\":" + person + ",\"name\":\"([^\"]+)\".*", "$1");
        long before = jdbc.sql("select count(*) from audit_entry where action = 'TRAINING_CERTIFICATE_ISSUED'").query(Long.class).single();
        byte[] pdf = mvc.perform(get("/training/" + event + "/participants/" + person + "/certificate").session(coordinator))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(name, "Боснії і Герцеговини", "5 / 5");
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'TRAINING_CERTIFICATE_ISSUED'")
                .query(Long.class).single()).isEqualTo(before + 1);
        mvc.perform(get("/training/" + event + "/participants/999999/certificate").session(coordinator))
                .andExpect(status().isNotFound());
        for (String lang : new String[] {"uk", "en"}) {
            mvc.perform(get("/training/" + event).param("lang", lang).session(coordinator)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(name)))
                    .andExpect(content().string(containsString("/participants/" + person + "/certificate")))
                    .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
            mvc.perform(get("/training/new").param("lang", lang).session(coordinator)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("name=\"topics\"")));
        }
    }

    @Test
    void eventFormsNameTheFieldAndOnlyOrganisersRecord() throws Exception {
        var coordinator = SignIn.demo(mvc, "coordinator");
        mvc.perform(post("/training").session(coordinator).with(csrf()).param("kind", "TRAINING").param("title", "Тест")
                        .param("startsOn", "2026-06-02").param("endsOn", "2026-06-01").param("place", "Львів")
                        .param("format", "IN_PERSON").param("organisers", "Тест").param("topics", "PROOF"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"endsOn-error\"")));
        mvc.perform(post("/api/v1/training/events").session(coordinator).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"TRAINING\",\"title\":\"Тест\",\"startsOn\":\"2026-06-01\",\"endsOn\":\"2026-06-01\","
                                + "\"place\":\"Львів\",\"format\":\"ONLINE\",\"organisers\":\"Тест\",\"topics\":[\"NOPE\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("topics"));
        mvc.perform(get("/training").session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Навчальний візит до Боснії")));
        long event = newEvent(coordinator, "Тестовий семінар форми");
        var redirect = mvc.perform(post("/training/" + event + "/participants").session(coordinator).with(csrf())
                        .param("name", "Тестова Особа Форми").param("agencyCode", "SBI").param("role", "INVESTIGATOR")
                        .param("level", "CENTRAL").param("regionCode", "UA-05").param("days", "2026-05-11"))
                .andExpect(status().is3xxRedirection()).andReturn();
        mvc.perform(get("/training/" + event).session(coordinator)
                        .flashAttrs(redirect.getFlashMap())).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#region\"")))
                .andExpect(content().string(containsString("id=\"region-error\"")));
        mvc.perform(post("/training/" + event + "/participants").session(coordinator).with(csrf())
                        .param("name", "Тестова Особа Форми").param("agencyCode", "SBI").param("role", "INVESTIGATOR")
                        .param("level", "CENTRAL").param("regionCode", "UA").param("days", "2026-05-11").param("preScore", "40"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "training.saved"));
        assertThat(participations(event)).isEqualTo(1);
        var prosecutor = SignIn.demo(mvc, "prosecutor");
        mvc.perform(post("/api/v1/training/events").session(prosecutor).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
        mvc.perform(get("/training/new").session(prosecutor)).andExpect(status().isForbidden());
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "people.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
