package org.nadiya.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.mock.web.MockHttpSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "done when": the demo researcher produces the seed-style summary (the 2025 trainings: 49
 * practitioners from 10 regions, published within the cell-key method's noise of at most 3; victims by form of
 * exploitation) and never sees a count of 1 to 4 on the dashboard, the printable report or the API tables behind them.
 */
@NadiyaTest
class SeedSummaryTest extends DemoWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CELL = Pattern.compile("<td>([^<]*)</td>");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.-])\\d+(?![\\d.-])");

    @Test
    void theResearcherGetsTheSeedSummaryInBothLanguages() throws Exception {
        var researcher = SignIn.demo(mvc, "researcher");
        Map<?, ?> summary2025 = json(researcher, "/api/v1/stats/summary?period=2025");
        long practitioners = ((Number) summary2025.get("practitioners")).longValue();
        assertThat(practitioners).as("49 persons, published with a noise of at most 3").isBetween(46L, 52L);
        assertThat(summary2025.get("regions")).isEqualTo(10);
        assertThat(summary2025.get("exploitationForms")).isInstanceOf(List.class);
        String en = page(researcher, "/stats?from=2025-01-01&to=2025-12-31", "en");
        assertThat(en).contains(practitioners + " practitioners from 10 regions took part in trainings",
                "Victims and witnesses by form of exploitation:", "Practitioners trained by agency");
        String uk = page(researcher, "/stats/report?period=2025", "uk");
        assertThat(uk).contains(practitioners + " практиків із 10 регіонів", "Потерпілі та свідки за формою експлуатації:");
        // all periods: other tests add persons to the shared demo data, so the figures are read from the table
        Map<?, ?> allTime = json(researcher, "/api/v1/stats/summary");
        Map<?, ?> byForm = json(researcher, "/api/v1/stats/victims?by=exploitation_form");
        Map<?, ?> largest = forms(allTime).get(0);
        assertThat(largest.get("form")).isEqualTo("FORCED_LABOUR");
        assertThat(((Number) largest.get("count")).longValue()).isGreaterThanOrEqualTo(72 - 3);
        for (Map<?, ?> form : forms(allTime)) {
            assertThat(((List<?>) byForm.get("rows")).stream().map(r -> (Map<?, ?>) r)
                    .filter(r -> form.get("form").equals(((Map<?, ?>) r.get("key")).get("exploitation_form")))
                    .map(r -> ((Number) r.get("count")).longValue()).toList()).as("%s", form)
                    .containsExactly(((Number) form.get("count")).longValue());
        }
        assertThat(page(researcher, "/stats", "en")).contains("<span>forced labour " + largest.get("count") + "</span>");
    }

    @Test
    void theSummaryNumbersAgreeWithTheProtectedTables() throws Exception {
        var researcher = SignIn.demo(mvc, "researcher");
        Map<?, ?> summary = json(researcher, "/api/v1/stats/summary?from=2025-01-01&to=2025-12-31");
        Map<?, ?> byRegion = json(researcher, "/api/v1/stats/training_participants?by=region&from=2025-01-01&to=2025-12-31");
        List<?> totals = (List<?>) byRegion.get("totals");
        assertThat(((Map<?, ?>) totals.get(totals.size() - 1)).get("count")).isEqualTo(summary.get("practitioners"));
        long regionsWithCells = ((List<?>) byRegion.get("rows")).stream().map(r -> (Map<?, ?>) r)
                .filter(r -> !"UA".equals(((Map<?, ?>) r.get("key")).get("region"))).count();
        assertThat(regionsWithCells).isEqualTo(10);
        Map<?, ?> participations = json(researcher, "/api/v1/stats/trainings?by=year&from=2025-01-01&to=2025-12-31");
        List<?> participationTotals = (List<?>) participations.get("totals");
        assertThat(((Number) ((Map<?, ?>) participationTotals.get(participationTotals.size() - 1)).get("count"))
                .longValue()).as("participations of the 49 persons, perturbed").isGreaterThanOrEqualTo(49 - 3);
        for (Map<?, ?> form : forms(summary)) {
            assertThat(((Number) form.get("count")).longValue()).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void noVisibleCountOnTheDashboardOrReportIsUnderFive() throws Exception {
        var researcher = SignIn.demo(mvc, "researcher");
        int cells = 0;
        for (String query : List.of("", "?from=2025-01-01&to=2025-12-31", "?from=2024-01-01&to=2024-12-31",
                "?region=UA-05", "?from=2025-01-01&to=2025-12-31&region=UA-46")) {
            for (String path : List.of("/stats", "/stats/report")) {
                String html = page(researcher, path + query, "en");
                var cell = CELL.matcher(html);
                while (cell.find()) {
                    assertThat(cell.group(1)).as("%s%s", path, query).matches("<5|&lt;5|0|[5-9]|\\d{2,}");
                    cells++;
                }
                for (String sentence : summarySentences(html)) {
                    var number = NUMBER.matcher(sentence);
                    while (number.find()) {
                        assertThat(Long.parseLong(number.group())).as("%s%s: %s", path, query, sentence)
                                .matches(n -> n == 0 || n >= 5 || sentence.startsWith(" regions", number.end()));
                    }
                }
            }
            Map<?, ?> summary = json(researcher, "/api/v1/stats/summary" + query);
            for (Map<?, ?> form : forms(summary)) {
                assertThat(((Number) form.get("count")).longValue()).isGreaterThanOrEqualTo(5);
            }
            Object practitioners = summary.get("practitioners");
            assertThat(practitioners == null || ((Number) practitioners).longValue() >= 5).as(query).isTrue();
        }
        assertThat(cells).isGreaterThan(200);
    }

    @Test
    void everyTrainingDimensionAndPairIsProtectedForThe2025Trainings() throws Exception {
        var researcher = SignIn.demo(mvc, "researcher");
        List<String> dims = List.of("agency", "region", "role", "level", "event_kind", "format", "topic", "year");
        int checked = 0;
        for (String table : List.of("trainings", "training_participants")) {
            for (int i = 0; i < dims.size(); i++) {
                for (int j = i; j < dims.size(); j++) {
                    String by = i == j ? dims.get(i) : dims.get(i) + "," + dims.get(j);
                    Map<?, ?> result = json(researcher, "/api/v1/stats/" + table + "?by=" + by
                            + "&from=2025-01-01&to=2025-12-31");
                    for (String part : List.of("rows", "totals")) {
                        for (Object c : (List<?>) result.get(part)) {
                            Map<?, ?> cell = (Map<?, ?>) c;
                            Object count = cell.get("count");
                            assertThat(count == null ? Boolean.TRUE.equals(cell.get("suppressed"))
                                    : ((Number) count).longValue() == 0 || ((Number) count).longValue() >= 5)
                                    .as("%s by %s: %s", table, by, cell).isTrue();
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    private String page(MockHttpSession session, String path, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private Map<?, ?> json(MockHttpSession session, String path) throws Exception {
        return JSON.readValue(mvc.perform(get(path).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), Map.class);
    }

    private static List<Map<?, ?>> forms(Map<?, ?> summary) {
        return ((List<?>) summary.get("exploitationForms")).stream().<Map<?, ?>>map(f -> (Map<?, ?>) f).toList();
    }

    /** The summary's paragraphs, tags removed. */
    private static List<String> summarySentences(String html) {
        List<String> sentences = new ArrayList<>();
        var p = Pattern.compile("<p class=\"stats-summary-[a-z]+\">(.*?)</p>", Pattern.DOTALL).matcher(html);
        while (p.find()) {
            sentences.add(p.group(1).replaceAll("<[^>]+>", ""));
        }
        assertThat(sentences).hasSize(2);
        return sentences;
    }
}
