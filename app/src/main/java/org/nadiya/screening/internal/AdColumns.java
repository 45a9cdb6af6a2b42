package org.nadiya.screening.internal;

import org.nadiya.security.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of this module, declared as beans so that key rotation re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class AdColumns {

    static final EncryptedColumn AD = new EncryptedColumn("screened_ad", "ad_key", "ad_enc");
    static final EncryptedColumn SELECTOR_VALUE = new EncryptedColumn("screened_ad_selector", "selector_key", "value_enc");
    static final EncryptedColumn SELECTOR_IDENTIFIER = new EncryptedColumn("screened_ad_selector", "selector_key",
            "identifier_enc");

    @Bean
    EncryptedColumn screenedAdColumn() {
        return AD;
    }

    @Bean
    EncryptedColumn screenedAdSelectorValueColumn() {
        return SELECTOR_VALUE;
    }

    @Bean
    EncryptedColumn screenedAdSelectorIdentifierColumn() {
        return SELECTOR_IDENTIFIER;
    }
}
