package org.nadiya.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.AuditQuery;
import org.nadiya.kernel.Bundles;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.NadiyaTest;
import org.nadiya.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit viewer names actions in the reader's language with a picker, and exports a period as CSV. */
@NadiyaTest
class AuditActionsAndExportTest extends DemoWebTest {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    /**
     * Every module's actions have names in both languages. An action added later without a name is shown by its code
     * (and listed by {@code unnamed} in this test's output) until it gets one.
     */
    @Test
    void theActionsOfEveryModuleHaveNamesInBothLanguages() {
        var uk = Bundles.withPrefix(Locale.forLanguageTag("uk"), "audit.action.");
        var en = Bundles.withPrefix(Locale.ENGLISH, "audit.action.");
        assertThat(uk.keySet()).isEqualTo(en.keySet()).hasSizeGreaterThan(130);
        assertThat(uk).containsKeys("LOGIN_SUCCEEDED", "PROCEEDING_VIEWED", "IDENTITY_READ", "READ_REFUSED",
                "REFERRAL_SENT", "HIT_ACCESS_REQUESTED", "FINANCE_STATEMENT_UPLOADED", "COOPERATION_REQUEST_CREATED",
                "TRAINING_EVENT_CREATED", "AD_BATCH_UPLOADED", "SCREENING_RECORDED", "STATS_TABLE_READ",
                "USER_UPDATED", "KEYS_ROTATED", "AUDIT_EXPORTED", "INTERVIEW_DONE", "HIT_ACCESS_DECLINED");
        var unnamed = jdbc.sql("select distinct action from audit_entry").query(String.class).stream()
                .filter(a -> !uk.containsKey(a)).toList();
        System.out.println("audit actions without a name (shown by code): " + unnamed);
    }

    @Test
    void theViewerShowsNamesAndOffersThemInAPicker() throws Exception {
        var admin = SignIn.demo(mvc, "admin");
        mvc.perform(get("/admin/audit").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<select id=\"action\" name=\"action\">")))
                .andExpect(content().string(containsString("<option value=\"PROCEEDING_VIEWED\">Перегляд провадження</option>")))
                .andExpect(content().string(containsString("Вхід")))
                .andExpect(content().string(not(containsString("<code>LOGIN_SUCCEEDED</code>"))));
        mvc.perform(get("/admin/audit").session(admin).param("action", "PROCEEDING_REGISTERED").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"PROCEEDING_REGISTERED\" selected=\"selected\">Proceeding registered</option>")));
    }

    @Test
    void aPeriodIsExportedAsCsvWithNamesAndTheExportIsAudited() throws Exception {
        var admin = SignIn.demo(mvc, "admin");
        var today = LocalDate.now(ZoneId.of("Europe/Kyiv"));
        String csv = mvc.perform(get("/admin/audit/export").session(admin).param("from", today.minusDays(3).toString())
                        .param("to", today.toString()).param("action", "PROCEEDING_REGISTERED"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        var lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("seq,occurred_at_kyiv,actor,action,action_name,entity_type,entity_id,outcome,"
                + "reason,details");
        assertThat(lines.length).isGreaterThan(30);
        assertThat(lines[1]).contains(",PROCEEDING_REGISTERED,Провадження зареєстровано,");
        assertThat(audit.find(new AuditQuery("admin", "AUDIT_EXPORTED", null, null, null, null, null, 0, 5))).isNotEmpty();
    }

    @Test
    void anExportWithoutAPeriodOrWithAWrongOneIsAClearErrorAndOthersAreRefused() throws Exception {
        var admin = SignIn.demo(mvc, "admin");
        mvc.perform(get("/admin/audit/export").session(admin)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Оберіть, з якої дати вивантажити журнал")));
        mvc.perform(get("/admin/audit/export").session(admin).param("from", "2026-01-10").param("to", "2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Кінцева дата має бути не раніше початкової")));
        mvc.perform(get("/admin/audit/export").session(admin).param("from", "not-a-date").param("to", "2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("«not-a-date» — не дата")));
        mvc.perform(get("/admin/audit/export").session(SignIn.demo(mvc, "prosecutor")).param("from", "2026-01-01")
                .param("to", "2026-01-02")).andExpect(status().isForbidden());
    }
}
