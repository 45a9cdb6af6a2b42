package org.nadiya;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules talk through their public API only: no cycles, no reaching into another module's internal package. */
class ModularityTests {

    // Engines (match, screen, disclosure) are plain-Java libraries used by modules, not modules.
    private final ApplicationModules modules = ApplicationModules.of(NadiyaApplication.class,
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("org.nadiya.match..", "org.nadiya.screen..", "org.nadiya.disclosure.."));

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyBoundedContextOfTheFoundationIsAModule() {
        var names = modules.stream().map(m -> m.getIdentifier().toString()).toList();
        org.assertj.core.api.Assertions.assertThat(names).contains("audit", "security", "web", "demo", "cli", "cases", "victims");
    }
}
