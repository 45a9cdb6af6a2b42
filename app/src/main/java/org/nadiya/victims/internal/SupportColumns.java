package org.nadiya.victims.internal;

import org.nadiya.security.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of support records, keyed by the row key issued once per record (key rotation). */
@Configuration(proxyBeanMethods = false)
class SupportColumns {

    static final EncryptedColumn RISK_DESCRIPTION = new EncryptedColumn("risk_assessment", "row_key", "description_enc");
    static final EncryptedColumn RISK_MEASURES = new EncryptedColumn("risk_assessment", "row_key", "measures_enc");

    static final EncryptedColumn GOAL = new EncryptedColumn("support_goal", "row_key", "goal_enc");
    static final EncryptedColumn CONTACT_NOTE = new EncryptedColumn("person_contact", "row_key", "note_enc");

    @Bean
    EncryptedColumn supportGoalColumn() {
        return GOAL;
    }

    @Bean
    EncryptedColumn contactNoteColumn() {
        return CONTACT_NOTE;
    }

    @Bean
    EncryptedColumn riskDescriptionColumn() {
        return RISK_DESCRIPTION;
    }

    @Bean
    EncryptedColumn riskMeasuresColumn() {
        return RISK_MEASURES;
    }
}
