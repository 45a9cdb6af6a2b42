package org.nadiya.cases.qualification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The command line runs the assistant without starting Spring, so the engine must not need it. */
class QualificationEngineIsPlainJavaTest {

    @Test
    void theEngineDoesNotDependOnSpring() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.nadiya.cases.qualification");
        // package-info carries the Modulith annotation that exposes the package; it is metadata, not code.
        noClasses().that().resideInAPackage("org.nadiya.cases.qualification..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(classes);
    }
}
