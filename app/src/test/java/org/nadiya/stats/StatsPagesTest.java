package org.nadiya.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;

/** The researcher's dashboard, report, explorer and downloads in both languages. */
@NadiyaTest
class StatsPagesTest extends DemoWebTest {

    @Test
    void theDashboardShowsTheSummaryPanelsWithFilters() throws Exception {
        var researcher = SignIn.demo(mvc, "researcher");
        String en = mvc.perform(get("/stats").param("lang", "en").session(researcher)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Persons by form of exploitation", "Proceedings by stage", "data-chart", "echarts");
        String uk = mvc.perform(get("/stats").param("lang", "uk").param("region", "UA-05").session(researcher))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(uk).contains("Особи за формою експлуатації");
        mvc.perform(get("/stats/report").param("period", "2020").session(researcher)).andExpect(status().isOk());
        mvc.perform(get("/stats/report").param("from", "2020-01-01").session(researcher)).andExpect(status().isBadRequest());
        mvc.perform(get("/stats").param("from", "yesterday").session(researcher)).andExpect(status().isBadRequest());
    }

    @Test
    void tablesDownloadAsCsvAndXlsxWithTheSameProtection() throws Exception {
        var researcher = SignIn.demo(mvc, "researcher");
        mvc.perform(get("/stats/table").param("name", "referrals").param("by", "service,status").session(researcher))
                .andExpect(status().isOk());
        byte[] bytes = mvc.perform(get("/stats/download.csv").param("name", "victims").param("by", "exploitation_form")
                .session(researcher)).andExpect(status().isOk()).andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("exploitation_form,count,status\r\n");
        for (String line : csv.split("\r\n")) {
            String[] fields = line.split(",", -1);
            assertThat(fields[1] + "," + fields[2]).as(line)
                    .matches("count,status|,SMALL|0,ZERO|([5-9]|\\d{2,}),PERTURBED");
        }
        byte[] xlsx = mvc.perform(get("/stats/download.xlsx").param("name", "proceedings").param("by", "stage")
                .session(researcher)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("stage");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("status");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var count = sheet.getRow(r).getCell(1);
                String state = sheet.getRow(r).getCell(2).getStringCellValue();
                if (state.equals("SMALL")) {
                    assertThat(count).isNull();
                } else {
                    assertThat(count.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                }
            }
        }
    }
}
