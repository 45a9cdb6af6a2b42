package org.nadiya.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IdentifyCommandTest extends CommandLineTest {

    @Test
    void theShippedCatalogueChecksAndAChildOfUnclearAgeIsScoredOnTheChildPath() throws IOException {
        int code = NadiyaCommand.run("identify", "--lang", "en", "--answers",
                file("a.json", "{\"age\":\"unclear\",\"answers\":{\"child.found\":\"YES\",\"ilo.wages\":\"NO\"}}").toString());
        assertThat(code).as(stderr()).isZero();
        JsonNode result = JsonMapper.builder().build().readTree(stdout());
        assertThat(result.get("indicators").intValue()).isEqualTo(47);
        assertThat(result.get("signal").stringValue()).isEqualTo("STRONG");
        assertThat(result.get("childPath").booleanValue()).isTrue();
        assertThat(result.get("led").toString()).isEqualTo("[\"child.found\"]");
        assertThat(result.get("nextSteps").toString()).contains("child-path").contains("Treat the person as a child");
    }

    @Test
    void aBrokenCatalogueOrBadAnswersExitTwoNamingThePlace() throws IOException {
        assertThat(NadiyaCommand.run("identify", "--catalogue", file("c.yaml", "version: \"1\"\nsources: {}\n").toString()))
                .isEqualTo(2);
        assertThat(stderr()).isEqualTo("nadiya: sources: at least one source is needed" + System.lineSeparator());
        err.reset();
        assertThat(NadiyaCommand.run("identify", "--answers",
                file("b.json", "{\"age\":\"ADULT\",\"answers\":{\"ilo.debt\":\"MAYBE\"}}").toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("nadiya: answers.ilo.debt: use one of [YES, NO, UNKNOWN]");
        err.reset();
        assertThat(NadiyaCommand.run("identify", "--answers", file("d.json", "{\"answers\":{}}").toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("nadiya: age: use one of");
        assertThat(NadiyaCommand.run("identify", "--answers", dir.resolve("absent.json").toString())).isEqualTo(2);
    }

    @Test
    void theCommandNeedsNoSpringContext() {
        var classes = new ClassFileImporter().importClasses(IdentifyCommand.class);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .orShould().dependOnClassesThat().haveSimpleName("Contexts").check(classes);
    }
}
