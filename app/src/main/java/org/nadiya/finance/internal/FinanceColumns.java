package org.nadiya.finance.internal;

import org.nadiya.security.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of this module, declared as beans so that key rotation re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class FinanceColumns {

    /** The statement file as uploaded before V25 (base64 of the bytes): statements name account holders. */
    static final EncryptedColumn CONTENT = new EncryptedColumn("finance_statement", "file_key", "content_enc");
    /**
     * One chunk of a statement file (V25): base64 of its bytes, in the place {@code <file_key>/<chunk_no>}, so a
     * chunk cannot be moved to another statement or position; rotation re-encrypts it by that row key.
     */
    static final EncryptedColumn CHUNK = new EncryptedColumn("finance_statement_chunk", "chunk_key", "content_enc");
    /** The alert's explanations (JSON {uk, en}): they quote holders' names. */
    static final EncryptedColumn EXPLANATIONS = new EncryptedColumn("finance_alert", "alert_key", "explanations_enc");
    /** A holder's name as a statement gave it. */
    static final EncryptedColumn NAME = new EncryptedColumn("finance_account_name", "name_key", "name_enc");

    /** The statement's own account, typed or named by the file (decision 0073). */
    static final EncryptedColumn OWNER_ACCOUNT = new EncryptedColumn("finance_statement", "file_key", "owner_account");
    /** The accounts of an alert, one per line (decision 0073). */
    static final EncryptedColumn ALERT_ACCOUNTS = new EncryptedColumn("finance_alert", "alert_key", "accounts");
    /** The accounts of a finding, one per line, bound to the finding's id (decision 0073). */
    static final EncryptedColumn FINDING_ACCOUNTS = new EncryptedColumn("finance_finding", "id", "accounts");

    @Bean
    EncryptedColumn financeStatementOwnerAccountColumn() {
        return OWNER_ACCOUNT;
    }

    @Bean
    EncryptedColumn financeAlertAccountsColumn() {
        return ALERT_ACCOUNTS;
    }

    @Bean
    EncryptedColumn financeFindingAccountsColumn() {
        return FINDING_ACCOUNTS;
    }

    @Bean
    EncryptedColumn financeStatementContentColumn() {
        return CONTENT;
    }

    @Bean
    EncryptedColumn financeStatementChunkColumn() {
        return CHUNK;
    }

    @Bean
    EncryptedColumn financeAlertExplanationsColumn() {
        return EXPLANATIONS;
    }

    @Bean
    EncryptedColumn financeAccountNameColumn() {
        return NAME;
    }
}
