package org.nadiya.flow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The command line runs the engine without starting Spring, and benchmarks link it alone. */
class FlowEngineIsPlainJavaTest {

    @Test
    void theEngineDoesNotDependOnSpringOrTheApplication() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.nadiya.flow");
        noClasses().that().resideInAPackage("org.nadiya.flow..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "org.nadiya.security..", "org.nadiya.cases..", "org.nadiya.cli..")
                .check(classes);
    }
}
