package org.nadiya.disclosure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Disclosure control is checked in isolation and used by every module that publishes counts: the JDK only. */
class EngineIsPlainJavaTest {

    @Test
    void theEngineUsesOnlyTheJdk() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.nadiya.disclosure");
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "org.nadiya.disclosure..")
                .check(classes);
    }
}
