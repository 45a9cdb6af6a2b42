package org.nadiya.cases.internal.qualification;

import org.nadiya.cases.qualification.QualificationAssistant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One assistant for the page and the API; the rules it reads are immutable. */
@Configuration(proxyBeanMethods = false)
class QualificationConfig {

    /** Who may ask for advice: everyone working on cases; partners and researchers see no case facts. */
    static final String CASE_WORKERS = "hasAnyRole('ADMIN','PROSECUTOR','INVESTIGATOR','OPERATIVE','ANALYST','COORDINATOR')";

    @Bean
    QualificationAssistant qualificationAssistant() {
        return new QualificationAssistant();
    }
}
