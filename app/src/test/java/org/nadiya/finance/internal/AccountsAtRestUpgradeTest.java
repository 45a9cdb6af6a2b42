package org.nadiya.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nadiya.finance.FinancialAnalyses;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.FieldEncryption;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.DemoWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Decision 0073: account numbers stored in clear before V37 (a finding's and an alert's accounts, a holder's account,
 * a statement's own account) are encrypted or keyed once at start-up, and the finding still shows them with names.
 */
class AccountsAtRestUpgradeTest extends DemoWebTest {

    private static final String PAYER = "UA213223130000026007233566001";
    private static final String MULE = "UA903052992990004149123456789";

    @Autowired
    AccountsAtRestUpgrade upgrade;

    @Autowired
    FieldEncryption encryption;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FinancialAnalyses finance;

    @Autowired
    UserAdministration users;

    @Test
    void clearAccountsOfBeforeAreEncryptedOrKeyedOnceAndTheFindingStillShowsThem() {
        var account = users.find("prosecutor").orElseThrow();
        var prosecutor = new CurrentUser(account.id(), account.username(), account.displayName(), account.roles(),
                account.agencyCode(), account.regionCode(), account.supervisor());
        long analysis = jdbc.sql("select min(id) from finance_analysis where started_by = 'prosecutor'")
                .query(Long.class).single();
        long proceeding = jdbc.sql("select proceeding_id from finance_analysis where id = :a").param("a", analysis)
                .query(Long.class).single();
        String findingId = "FUP" + UUID.randomUUID().toString().substring(0, 6);
        String alertKey = UUID.randomUUID().toString();
        String nameKey = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into finance_finding (analysis_id, finding_id, typologies, score, accounts, transactions,
                    alert_ids, review) values (:a, :f, 'fan-in', 0.9, :acc, 'T1', :alert, 'OPEN')""")
                .param("a", analysis).param("f", findingId).param("acc", PAYER + "\n" + MULE).param("alert", findingId)
                .update();
        jdbc.sql("""
                insert into finance_alert (alert_key, analysis_id, alert_id, finding_id, typology, score, accounts,
                    transactions, parameters, explanations_enc) values (:k, :a, :id, :f, 'fan-in', 0.9, :acc, 'T1',
                    'windowHours=72', :expl)""")
                .param("k", alertKey).param("a", analysis).param("id", findingId).param("f", findingId)
                .param("acc", MULE).param("expl", encryption.encrypt("пояснення\n\u001e\nexplanation",
                        FinanceColumns.EXPLANATIONS.context(alertKey))).update();
        jdbc.sql("insert into finance_account_name (name_key, analysis_id, account, name_enc) values (:k, :a, :acc, :n)")
                .param("k", nameKey).param("a", analysis).param("acc", MULE)
                .param("n", encryption.encrypt("Іван Петренко", FinanceColumns.NAME.context(nameKey))).update();
        var statement = jdbc.sql("select id, owner_account from finance_statement where proceeding_id = :p order by id"
                        + " fetch first 1 rows only").param("p", proceeding)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        jdbc.sql("update finance_statement set owner_account = :o where id = :id").param("o", PAYER)
                .param("id", statement[0]).update();
        try {
            jdbc.sql("delete from at_rest_upgrade where name = :n").param("n", AccountsAtRestUpgrade.NAME).update();
            upgrade.upgrade();

            var stored = jdbc.sql("""
                    select f.accounts || '|' || a.accounts || '|' || n.account || '|' || s.owner_account
                    from finance_finding f, finance_alert a, finance_account_name n, finance_statement s
                    where f.analysis_id = :a and f.finding_id = :f and a.alert_key = :ak and n.name_key = :nk
                      and s.id = :s""").param("a", analysis).param("f", findingId).param("ak", alertKey)
                    .param("nk", nameKey).param("s", statement[0]).query(String.class).single();
            assertThat(stored).doesNotContain("26007233566001").doesNotContain("0004149123456789")
                    .matches("v1:[^|]+\\|v1:[^|]+\\|hmac:[0-9a-f]{64}\\|v1:.+");

            var detail = finance.finding(prosecutor, proceeding, analysis, findingId);
            assertThat(detail.finding().accounts()).containsExactly(PAYER, MULE);
            assertThat(detail.alerts()).singleElement().satisfies(a -> assertThat(a.accounts()).containsExactly(MULE));
            assertThat(detail.names()).containsEntry(MULE, "Іван Петренко");
            assertThat(finance.statements(prosecutor, proceeding)).anySatisfy(s -> assertThat(s.ownerAccount())
                    .isEqualTo(PAYER));
        } finally {
            jdbc.sql("delete from finance_alert where alert_key = :k").param("k", alertKey).update();
            jdbc.sql("delete from finance_finding where analysis_id = :a and finding_id = :f").param("a", analysis)
                    .param("f", findingId).update();
            jdbc.sql("delete from finance_account_name where name_key = :k").param("k", nameKey).update();
            jdbc.sql("update finance_statement set owner_account = :o where id = :id").param("o", statement[1])
                    .param("id", statement[0]).update();
        }
    }
}
