package org.nadiya.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A finding's transactions: the table (date, amount with currency, from, to, description), sorting, CSV, timeline. */
@NadiyaTest
class FindingTransactionsTest extends DemoWebTest {

    @Autowired
    JdbcClient jdbc;

    String finding;
    String page;
    String api;
    int count;

    @BeforeEach
    void demoFinding() {
        long analysis = jdbc.sql("select min(id) from finance_analysis where started_by = 'prosecutor'")
                .query(Long.class).single();
        long proceeding = jdbc.sql("select proceeding_id from finance_analysis where id = :a").param("a", analysis)
                .query(Long.class).single();
        finding = jdbc.sql("select min(finding_id) from finance_finding where analysis_id = :a").param("a", analysis)
                .query(String.class).single();
        String transactions = jdbc.sql("select transactions from finance_finding where analysis_id = :a and finding_id = :f")
                .param("a", analysis).param("f", finding).query(String.class).single();
        count = transactions.split("\n", -1).length;
        page = "/proceedings/" + proceeding + "/finance/analyses/" + analysis + "/findings/" + finding;
        api = "/api/v1" + page;
    }

    @Test
    void theFindingListsItsTransactionsWithDateAmountAccountsAndDescriptionAndATimeline() throws Exception {
        var session = SignIn.demo(mvc, "prosecutor");
        mvc.perform(get(page).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"transactions-table\"")))
                .andExpect(content().string(containsString("Призначення платежу")))
                .andExpect(content().string(containsString("UAH")))
                .andExpect(content().string(containsString("<progress")))
                .andExpect(content().string(containsString("transactions.csv")))
                .andExpect(content().string(containsString("id=\"graph-focus\"")))
                .andExpect(content().string(not(containsString("Payment description"))));
        mvc.perform(get(page).session(session).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Payment description")))
                .andExpect(content().string(containsString("Timeline")));
    }

    @Test
    void theTableSortsByAmountAndTimeAndRefusesAnUnknownOrder() throws Exception {
        var session = SignIn.demo(mvc, "prosecutor");
        String body = mvc.perform(get(api + "/transactions").session(session).param("sort", "-amount"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<java.util.Map<String, Object>> rows = new ObjectMapper().readValue(body, List.class);
        assertThat(rows).hasSize(count);
        var amounts = rows.stream().map(r -> new BigDecimal(String.valueOf(r.get("amount")))).toList();
        assertThat(amounts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        body = mvc.perform(get(api + "/transactions").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<java.util.Map<String, Object>> byTime = new ObjectMapper().readValue(body, List.class);
        var times = byTime.stream().map(r -> String.valueOf(r.get("time"))).toList();
        assertThat(times).isSorted();
        mvc.perform(get(api + "/transactions").session(session).param("sort", "bogus").header("Accept-Language", "uk"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.finance.transactions.sort"));
        mvc.perform(get(page).session(session).param("sort", "-amount")).andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-sort=\"descending\"")));
    }

    @Test
    void theCsvHoldsEveryTransactionOfTheFindingInTimeOrder() throws Exception {
        String csv = mvc.perform(get(page + "/transactions.csv").session(SignIn.demo(mvc, "investigator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).as("CSV for people starts with the byte-order mark").startsWith("\uFEFF");
        var lines = csv.substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("transaction,date,time_utc,amount,currency,from_account,from_name,to_account,"
                + "to_name,description");
        assertThat(lines).hasSize(count + 1);
    }
}
