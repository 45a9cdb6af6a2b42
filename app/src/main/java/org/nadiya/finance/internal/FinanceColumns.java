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
