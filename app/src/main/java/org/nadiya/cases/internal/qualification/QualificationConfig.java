package org.nadiya.cases.internal.qualification;

import org.nadiya.cases.qualification.QualificationAssistant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One assistant for the page and the API; the rules it reads are immutable. */
@Configuration(proxyBeanMethods = false)
class QualificationConfig {

    @Bean
    QualificationAssistant qualificationAssistant() {
        return new QualificationAssistant();
    }
}
