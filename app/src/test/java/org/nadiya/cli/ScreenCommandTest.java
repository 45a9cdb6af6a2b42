package org.nadiya.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScreenCommandTest extends CommandLineTest {

    private static final String RISKY = "{\"id\":\"r1\",\"text\":\"Терміново! Робота хостес у Дубаї для дівчат 18-25, без досвіду, "
            + "квитки за наш рахунок. Пишіть тільки в телеграм @hostess_example\",\"salary\":\"від 4000 $\"}";
    private static final String ORDINARY = "{\"id\":\"o1\",\"text\":\"Бухгалтер у Львові. Офіційне працевлаштування, соціальний пакет, "
            + "досвід від 2 років.\",\"company\":\"ТОВ Приклад\",\"salary\":\"22 000 грн\",\"contacts\":\"hr@example.org\"}";

    private static List<JsonNode> lines(Path file) throws IOException {
        var json = JsonMapper.builder().build();
        return Files.readAllLines(file).stream().map(json::readTree).toList();
    }

    @Test
    void jsonlAdsComeOutScoredWithEvidenceAndSelectors() throws IOException {
        Path target = dir.resolve("screened.jsonl");
        assertThat(NadiyaCommand.run("screen", "ads", "--input", file("ads.jsonl", RISKY + "\n\n" + ORDINARY + "\n").toString(),
                "--out", target.toString())).as(stderr()).isZero();
        List<JsonNode> results = lines(target);
        assertThat(results).hasSize(2);
        JsonNode risky = results.get(0);
        assertThat(risky.get("id").asString()).isEqualTo("r1");
        assertThat(risky.get("level").asString()).isEqualTo("high");
        assertThat(risky.get("risk").asDouble()).isBetween(0.7, 1.0);
        assertThat(risky.get("indicators").valueStream().map(i -> i.get("code").asString() + "=" + i.get("evidence").asString()))
                .contains("URGENT_DEPARTURE=Терміново", "SALARY_FAR_ABOVE_MARKET=4000 $", "MESSENGER_ONLY_CONTACT=Пишіть тільки в телеграм");
        assertThat(risky.get("selectors").get(0).get("type").asString()).isEqualTo("telegram");
        assertThat(risky.get("selectors").get(0).get("value").asString()).isEqualTo("hostess_example");
        JsonNode ordinary = results.get(1);
        assertThat(ordinary.get("level").asString()).isEqualTo("low");
        assertThat(ordinary.get("selectors").get(0).get("value").asString()).isEqualTo("hr@example.org");
        assertThat(stdout()).startsWith("screened 2 ads: 1 high, 0 medium, 1 low; 0 bad lines skipped; rules ");
    }

    @Test
    void csvWithTheSameColumnsIsRead() throws IOException {
        Path target = dir.resolve("screened.jsonl");
        Path input = file("ads.csv", "id,title,text,contacts\n7,Модели,\"Ищем девушек в эскорт, оплата наличными, паспорт хранится у работодателя\","
                + "viber +1 202 555 0147\n");
        assertThat(NadiyaCommand.run("screen", "ads", "--input", input.toString(), "--out", target.toString())).as(stderr()).isZero();
        JsonNode result = lines(target).get(0);
        assertThat(result.get("language").asString()).isEqualTo("ru");
        assertThat(result.get("selectors").valueStream().map(s -> s.get("type").asString() + ":" + s.get("value").asString()))
                .containsExactly("phone:+12025550147", "viber:+12025550147");
    }

    @Test
    void aBadLineStopsTheRunNamingItsNumberAndLeavesNoFile() throws IOException {
        Path target = dir.resolve("screened.jsonl");
        Path input = file("bad.jsonl", RISKY + "\n{\"id\":\"x\"}\n" + ORDINARY + "\n{not json\n");
        assertThat(NadiyaCommand.run("screen", "ads", "--input", input.toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(stderr()).isEqualTo("nadiya: --input: line 2: text: required" + System.lineSeparator());
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("screened.jsonl.partial")).doesNotExist();
    }

    /** Issue 15, point 10: an ad over the stated size is refused with a clear error, not screened for minutes. */
    @Test
    void anAdOverTheStatedSizeIsRefusedNamingItsLineAndSize() throws IOException {
        Path target = dir.resolve("screened.jsonl");
        String huge = "{\"id\":\"big\",\"text\":\"" + "Робота за кордоном, терміново. ".repeat(1_000) + "\"}";
        Path input = file("huge.jsonl", ORDINARY + "\n" + huge + "\n");
        assertThat(NadiyaCommand.run("screen", "ads", "--input", input.toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("nadiya: --input: line 2: the ad is ").contains("at most 20000 are screened");
        assertThat(target).doesNotExist();
        err.reset();
        assertThat(NadiyaCommand.run("screen", "ads", "--input", input.toString(), "--out", target.toString(),
                "--on-error", "skip")).isZero();
        assertThat(lines(target)).hasSize(1);
    }

    @Test
    void onErrorSkipReportsEveryBadLineAndScreensTheRest() throws IOException {
        Path target = dir.resolve("screened.jsonl");
        Path input = file("bad.jsonl", RISKY + "\n{\"id\":\"x\"}\n" + ORDINARY + "\n{not json\n[1]\n{\"id\":\"y\",\"text\":{\"a\":1}}\n");
        assertThat(NadiyaCommand.run("screen", "ads", "--input", input.toString(), "--out", target.toString(), "--on-error", "skip"))
                .isZero();
        List<String> reported = stderr().lines().toList();
        assertThat(reported).hasSize(4);
        assertThat(reported.get(0)).isEqualTo("nadiya: --input: line 2: text: required (skipped)");
        assertThat(reported.get(1)).startsWith("nadiya: --input: line 4: not a JSON object: Unexpected character").endsWith("(skipped)");
        assertThat(reported.get(2)).isEqualTo("nadiya: --input: line 5: not a JSON object (skipped)");
        assertThat(reported.get(3)).isEqualTo("nadiya: --input: line 6: text: a string is required (skipped)");
        assertThat(lines(target)).extracting(n -> n.get("id").asString()).containsExactly("r1", "o1");
        assertThat(stdout()).contains("4 bad lines skipped");
    }

    @Test
    void badOptionsAndFilesExitTwo() throws IOException {
        Path target = dir.resolve("o.jsonl");
        assertThat(NadiyaCommand.run("screen", "ads", "--input", dir.resolve("none.jsonl").toString(), "--out", target.toString()))
                .isEqualTo(2);
        assertThat(stderr()).startsWith("nadiya: --input: no such file: ");
        err.reset();
        assertThat(NadiyaCommand.run("screen", "ads", "--input", file("a.csv", "id,body\n1,x\n").toString(), "--out", target.toString()))
                .isEqualTo(2);
        assertThat(stderr()).isEqualTo("nadiya: --input: the header (line 1) must name the columns id and text" + System.lineSeparator());
        err.reset();
        assertThat(NadiyaCommand.run("screen", "ads", "--input", file("r.jsonl", ORDINARY).toString(), "--out", target.toString(),
                "--rules", file("rules.yaml", "version: x\n").toString())).isEqualTo(2);
        assertThat(stderr()).isEqualTo("nadiya: rules: levels: a mapping is required" + System.lineSeparator());
        assertThat(NadiyaCommand.run("screen")).isEqualTo(2);
    }

    @Test
    void theCommandNeedsNoSpringContext() {
        var classes = new ClassFileImporter().importClasses(ScreenCommand.class, ScreenAdsCommand.class, AdReader.class);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .orShould().dependOnClassesThat().haveSimpleName("Contexts").check(classes);
    }
}
