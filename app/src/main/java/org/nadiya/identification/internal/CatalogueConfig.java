package org.nadiya.identification.internal;

import java.io.IOException;
import java.io.InputStream;

import org.nadiya.identification.indicators.Catalogue;
import org.nadiya.identification.indicators.CatalogueReader;
import org.nadiya.identification.indicators.Scoring;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/** Loads and validates the indicator catalogue at start: a broken catalogue stops the application. */
@Configuration
class CatalogueConfig {

    static final String RESOURCE = "identification/indicators.yaml";

    @Bean
    Catalogue indicatorCatalogue() throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return CatalogueReader.read(in);
        }
    }

    @Bean
    Scoring screeningScoring(Catalogue indicatorCatalogue) {
        return new Scoring(indicatorCatalogue);
    }
}
