package org.nadiya.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * CSV downloads as a spreadsheet program and a script read them: files from pages start with the UTF-8 byte-order
 * mark (so Excel reads Ukrainian text), files from the API do not and say they are for programs
 * ({@code header=present}); both parse with Commons CSV to the same header and rows.
 */
@NadiyaTest
class CsvDownloadsTest extends DemoWebTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static List<CSVRecord> parse(byte[] body, boolean bom) throws Exception {
        int skip = bom ? BOM.length : 0;
        String text = new String(body, skip, body.length - skip, StandardCharsets.UTF_8);
        assertThat(text).doesNotStartWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    private MockHttpServletResponse download(String path, String user) throws Exception {
        return mvc.perform(get(path).param("from", "2025-01-01").param("to", "2025-12-31")
                .session(SignIn.demo(mvc, user))).andExpect(status().isOk()).andReturn().getResponse();
    }

    @Test
    void pagesGiveCsvForPeopleAndTheApiCsvForPrograms() throws Exception {
        var forPeople = download("/training/report.csv", "prosecutor");
        var forPrograms = download("/api/v1/training/report.csv", "prosecutor");
        assertThat(forPeople.getContentAsByteArray()).startsWith(BOM);
        assertThat(forPeople.getContentType()).startsWith("text/csv").contains("UTF-8").doesNotContain("header=");
        assertThat(forPrograms.getContentAsByteArray()[0]).isNotEqualTo(BOM[0]);
        assertThat(forPrograms.getContentType()).startsWith("text/csv").contains("header=present");
        assertThat(forPeople.getHeader("Cache-Control")).contains("no-store");
        var people = parse(forPeople.getContentAsByteArray(), true);
        var programs = parse(forPrograms.getContentAsByteArray(), false);
        assertThat(people).isNotEmpty();
        assertThat(people.stream().map(CSVRecord::toList).toList())
                .isEqualTo(programs.stream().map(CSVRecord::toList).toList());
    }

    @Test
    void theResearchExportAndStatisticsTablesAreForPeople() throws Exception {
        var research = mvc.perform(get("/stats/research.csv").session(SignIn.demo(mvc, "researcher")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(research.getContentAsByteArray()).startsWith(BOM);
        var rows = parse(research.getContentAsByteArray(), true);
        assertThat(rows.get(0).get(0)).isEqualTo("yearOfRegistration");
        assertThat(rows.get(0).toList()).contains("typeOfExploitConcatenated", "macroRegion");
        var table = mvc.perform(get("/stats/download.csv").param("name", "victims").param("by", "sex")
                .session(SignIn.demo(mvc, "researcher"))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(parse(table.getContentAsByteArray(), true).get(0).toList()).containsExactly("sex", "count", "status");
    }
}
