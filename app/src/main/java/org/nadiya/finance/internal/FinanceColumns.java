package org.nadiya.finance.internal;

import org.nadiya.security.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of this module, declared as beans so that key rotation re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class FinanceColumns {

    /** The statement file as uploaded (base64 of the bytes): statements name account holders. */
    static final EncryptedColumn CONTENT = new EncryptedColumn("finance_statement", "file_key", "content_enc");
    /** The alert's explanations (JSON {uk, en}): they quote holders' names. */
    static final EncryptedColumn EXPLANATIONS = new EncryptedColumn("finance_alert", "alert_key", "explanations_enc");
    /** A holder's name as a statement gave it. */
    static final EncryptedColumn NAME = new EncryptedColumn("finance_account_name", "name_key", "name_enc");

    @Bean
    EncryptedColumn financeStatementContentColumn() {
        return CONTENT;
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
