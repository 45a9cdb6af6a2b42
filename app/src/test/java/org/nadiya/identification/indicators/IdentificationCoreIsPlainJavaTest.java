package org.nadiya.identification.indicators;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The scoring core is plain Java: no Spring, no database, nothing of the application. */
class IdentificationCoreIsPlainJavaTest {

    @Test
    void theCoreDependsOnNeitherSpringNorTheApplication() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.nadiya.identification.indicators");
        // package-info carries the Modulith annotation that exposes the package; it is metadata, not code.
        noClasses().that().resideInAPackage("org.nadiya.identification.indicators..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "org.nadiya.security..", "org.nadiya.victims..", "org.nadiya.identification.internal..")
                .check(classes);
    }
}
