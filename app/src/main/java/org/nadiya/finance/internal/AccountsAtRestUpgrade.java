package org.nadiya.finance.internal;

import jakarta.annotation.PostConstruct;

import org.nadiya.security.AtRestUpgrades;
import org.nadiya.security.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Once, at start-up (V37, decision 0073): account numbers stored in clear before are encrypted (the accounts of
 * alerts and findings, a statement's own account) or replaced by their keyed hash (the account beside a holder's
 * encrypted name). A value already encrypted or hashed is left as it is.
 */
@Component
class AccountsAtRestUpgrade {

    static final String NAME = "V37 finance: accounts encrypted or keyed";

    private final AtRestUpgrades upgrades;
    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final AccountHash accountHash;

    AccountsAtRestUpgrade(AtRestUpgrades upgrades, JdbcClient jdbc, FieldEncryption encryption, AccountHash accountHash) {
        this.upgrades = upgrades;
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.accountHash = accountHash;
    }

    @PostConstruct
    void upgrade() {
        upgrades.once(NAME, () -> {
            encrypt(FinanceColumns.ALERT_ACCOUNTS);
            encrypt(FinanceColumns.FINDING_ACCOUNTS);
            encrypt(FinanceColumns.OWNER_ACCOUNT);
            jdbc.sql("select name_key, account from finance_account_name where account not like :p")
                    .param("p", AccountHash.PREFIX + "%")
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list()
                    .forEach(r -> jdbc.sql("update finance_account_name set account = :h where name_key = :k")
                            .param("h", accountHash.of(r[1])).param("k", r[0]).update());
        });
    }

    private void encrypt(org.nadiya.security.EncryptedColumn c) {
        jdbc.sql("select " + c.keyColumn() + ", " + c.column() + " from " + c.table() + " where " + c.column()
                        + " is not null and " + c.column() + " not like 'v1:%'")
                .query((rs, n) -> new Object[] {rs.getObject(1), rs.getString(2)}).list()
                .forEach(r -> jdbc.sql("update " + c.table() + " set " + c.column() + " = :v where " + c.keyColumn()
                                + " = :k")
                        .param("v", encryption.encrypt((String) r[1], c.context(r[0]))).param("k", r[0]).update());
    }
}
