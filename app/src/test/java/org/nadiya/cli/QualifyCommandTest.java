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

class QualifyCommandTest extends CommandLineTest {

    private static final String CHILD = """
            {"acts":["harbouring"],"purposes":["forced_begging"],"victims":[{"age":13}]}""";
    private static final String NO_PURPOSE = """
            {"acts":["recruitment"],"means":["deception"],"victims":[{"age":40}]}""";

    @Test
    void oneFactsObjectPrintsOnePrettyObject() throws IOException {
        int code = NadiyaCommand.run("qualify", "--facts", file("one.json", CHILD).toString());
        assertThat(code).as(stderr()).isZero();
        assertThat(stdout()).startsWith("{").contains("\n  \"article\" : \"149\"");
        JsonNode result = JsonMapper.builder().build().readTree(stdout());
        assertThat(result.get("part").intValue()).isEqualTo(3);
        assertThat(result.get("grounds").toString()).isEqualTo("[\"victim_minor\",\"child_under_14\"]");
        assertThat(result.get("jurisdiction").stringValue()).isEqualTo("NPU");
    }

    @Test
    void anArrayIsAnsweredInOrderIntoTheOutFile() throws IOException {
        Path target = dir.resolve("result.json");
        int code = NadiyaCommand.run("qualify", "--facts", file("many.json", "[" + NO_PURPOSE + "," + CHILD + "]").toString(),
                "--out", target.toString());
        assertThat(code).as(stderr()).isZero();
        assertThat(stdout()).isEmpty();
        JsonNode results = JsonMapper.builder().build().readTree(Files.readString(target));
        assertThat(results.isArray()).isTrue();
        assertThat(results.get(0).get("part").isNull()).isTrue();
        assertThat(results.get(0).get("missing_elements").toString()).isEqualTo("[\"purpose\"]");
        assertThat(results.get(1).get("part").intValue()).isEqualTo(3);
    }

    @Test
    void badFactsExitTwoWithOneLineNamingThePath() throws IOException {
        int code = NadiyaCommand.run("qualify", "--facts",
                file("bad.json", "[{}, {\"victims\":[{\"age\":9,\"offender_relation\":\"uncle\"}]}]").toString());
        assertThat(code).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEqualTo("nadiya: facts[1].victims[0].offender_relation: unknown value 'uncle'; "
                + "allowed: none, parent, adoptive_parent, guardian, custodian" + System.lineSeparator());
    }

    @Test
    void anUnknownFieldAndBrokenJsonExitTwo() throws IOException {
        assertThat(NadiyaCommand.run("qualify", "--facts", file("a.json", "{\"offender\":{\"rank\":1}}").toString()))
                .isEqualTo(2);
        assertThat(stderr()).isEqualTo("nadiya: offender.rank: unknown field" + System.lineSeparator());
        err.reset();
        assertThat(NadiyaCommand.run("qualify", "--facts", file("b.json", "{\"acts\":\n[").toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("nadiya: facts: not valid JSON at line ").doesNotContain("\n ");
        assertThat(stderr().strip().lines()).hasSize(1);
    }

    @Test
    void aMissingFileOrOptionExitsTwo() {
        assertThat(NadiyaCommand.run("qualify", "--facts", dir.resolve("absent.json").toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("nadiya: --facts: no such file: ");
        assertThat(NadiyaCommand.run("qualify")).isEqualTo(2);
    }

    @Test
    void theCommandNeedsNoSpringContext() {
        var classes = new ClassFileImporter().importClasses(QualifyCommand.class);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .orShould().dependOnClassesThat().haveSimpleName("Contexts").check(classes);
    }
}
