package org.nadiya;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules talk through their public API only: no cycles, no reaching into another module's internal package. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(NadiyaApplication.class);

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
