package org.nadiya.victims.internal;

import org.nadiya.security.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of risk assessments, keyed by the row key issued once per assessment (key rotation). */
@Configuration(proxyBeanMethods = false)
class SupportColumns {

    static final EncryptedColumn RISK_DESCRIPTION = new EncryptedColumn("risk_assessment", "row_key", "description_enc");
    static final EncryptedColumn RISK_MEASURES = new EncryptedColumn("risk_assessment", "row_key", "measures_enc");

    @Bean
    EncryptedColumn riskDescriptionColumn() {
        return RISK_DESCRIPTION;
    }

    @Bean
    EncryptedColumn riskMeasuresColumn() {
        return RISK_MEASURES;
    }
}
