package org.nadiya.stats.disclosure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Disclosure control is checked in isolation and reusable by exports and jobs: plain Java, nothing else. */
class DisclosureCoreIsPlainJavaTest {

    @Test
    void theCoreUsesOnlyTheJdk() {
        var imported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.nadiya.stats.disclosure");
        classes().that().resideInAPackage("org.nadiya.stats.disclosure..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.nadiya.stats.disclosure..")
                .check(imported);
    }
}
