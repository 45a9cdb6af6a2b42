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

class MatchCommandTest extends CommandLineTest {

    @Test
    void translitPrintsTheOfficialForm() {
        assertThat(NadiyaCommand.run("match", "translit", "Згорани", "Юрій", "Короп'є")).isZero();
        assertThat(stdout()).isEqualTo("Zghorany Yurii Koropie" + System.lineSeparator());
    }

    @Test
    void pairsAddScoreAndMatchToEveryRow() throws IOException {
        Path input = file("pairs.csv", """
                left,right
                Олександр Ковальчук,Aleksandr Kowaltschuk
                "Shevchenko, Andriy",Тарас Шевченко
                """);
        Path target = dir.resolve("scored.csv");
        assertThat(NadiyaCommand.run("match", "pairs", "--input", input.toString(), "--out", target.toString()))
                .as(stderr()).isZero();
        List<String> lines = Files.readAllLines(target);
        assertThat(lines.get(0)).isEqualTo("left,right,score,match");
        assertThat(NadiyaCommand.run("match", "pairs", "--input", input.toString(), "--out", target.toString(), "--features"))
                .as(stderr()).isZero();
        assertThat(Files.readAllLines(target).get(0)).startsWith("left,right,score,match,mean,weakest,");
        assertThat(lines.get(1)).startsWith("Олександр Ковальчук,Aleksandr Kowaltschuk,").endsWith(",true");
        assertThat(lines.get(2)).startsWith("\"Shevchenko, Andriy\",Тарас Шевченко,0.").endsWith(",false");
        assertThat(lines).hasSize(3);
        double score = Double.parseDouble(lines.get(1).split(",")[2]);
        assertThat(score).isBetween(org.nadiya.match.names.NameScorer.DEFAULT_THRESHOLD, 1.0);
    }

    @Test
    void pairsRejectAWrongHeaderOrRowAndLeaveNoFile() throws IOException {
        Path target = dir.resolve("scored.csv");
        assertThat(NadiyaCommand.run("match", "pairs", "--input", file("a.csv", "a,b\nx,y\n").toString(), "--out", target.toString()))
                .isEqualTo(2);
        assertThat(stderr()).isEqualTo("nadiya: --input: the header (line 1) must name the columns left and right"
                + System.lineSeparator());
        err.reset();
        assertThat(NadiyaCommand.run("match", "pairs", "--input", file("b.csv", "left,right\nx,y\n\"open,y\n").toString(),
                "--out", target.toString())).isEqualTo(2);
        assertThat(stderr()).isEqualTo("nadiya: --input: line 3: a quoted field is not closed" + System.lineSeparator());
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("scored.csv.partial")).doesNotExist();
        err.reset();
        assertThat(NadiyaCommand.run("match", "pairs", "--input", dir.resolve("none.csv").toString(), "--out", target.toString()))
                .isEqualTo(2);
        assertThat(stderr()).startsWith("nadiya: --input: no such file: ");
    }

    @Test
    void dedupeClustersBySpellingsWithEvidenceNeverOnANameAlone() throws IOException {
        Path input = file("people.csv", """
                id,name,dob,phone,email,place
                a1,Олександр Ковальчук,1988-05-14,067 123 45 67,,
                b7,Kowaltschuk Aleksandr,14.05.1988,,,
                c2,Тарас Шевченко,1961,,,
                d4,Taras Shevchenko,1961-03-09,+380 50 111 22 33,t.shevchenko@ukr.net,
                e5,Марта Лисенко,1999-01-02,067 123 45 67,,
                f6,Ірина Мельник,,,,Житомир
                g8,Iryna Melnyk,,,,ЖИТОМИР
                h9,Iryna Melnyk,,,,
                """);
        Path target = dir.resolve("clusters.csv");
        assertThat(NadiyaCommand.run("match", "dedupe", "--input", input.toString(), "--out", target.toString()))
                .as(stderr()).isZero();
        List<String> lines = Files.readAllLines(target);
        assertThat(lines.get(0)).isEqualTo("id,cluster,evidence");
        assertThat(lines.get(1)).isEqualTo("a1,a1,");
        assertThat(lines.get(2)).startsWith("b7,a1,joined a1: name ").endsWith("; date of birth exact");
        assertThat(lines.get(4)).startsWith("d4,c2,joined c2: name ").endsWith("; date of birth same year");
        assertThat(lines.get(5)).isEqualTo("e5,e5,"); // the recruiter's phone links, it does not merge
        assertThat(lines.get(7)).startsWith("g8,f6,joined f6: name ").endsWith("; same place житомир");
        assertThat(lines.get(8)).isEqualTo("h9,h9,"); // the same name and nothing else: not merged
    }

    @Test
    void dedupeNamesTheLineAndColumnAtFault() throws IOException {
        Path target = dir.resolve("clusters.csv");
        assertThat(NadiyaCommand.run("match", "dedupe", "--input",
                file("bad.csv", "id,name,phone\n1,Іван Петренко,067 123 45 67\n2,Ivan Petrenko,12\n").toString(),
                "--out", target.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("nadiya: --input: line 3: phone: '12' is not a valid number");
        err.reset();
        assertThat(NadiyaCommand.run("match", "dedupe", "--input", file("dup.csv", "id,name\n1,A B\n1,C D\n").toString(),
                "--out", target.toString())).isEqualTo(2);
        assertThat(stderr()).isEqualTo("nadiya: --input: line 3: id '1' appears twice" + System.lineSeparator());
        err.reset();
        assertThat(NadiyaCommand.run("match", "dedupe", "--input", file("col.csv", "id,name,fax\n").toString(),
                "--out", target.toString())).isEqualTo(2);
        assertThat(stderr()).contains("unknown column 'fax'");
        assertThat(target).doesNotExist();
    }

    /** Issue 15, point 10: the command line's CSV outputs defuse formulas by the rule of the application's exports. */
    @Test
    void csvOutputsDefuseFormulasLikeTheApplicationsExports() throws IOException {
        Path pairs = dir.resolve("scored.csv");
        assertThat(NadiyaCommand.run("match", "pairs", "--input", file("f.csv", """
                left,right
                "=HYPERLINK(""http://x.invalid"",""Олена"")",@SUM(A1)
                """).toString(), "--out", pairs.toString())).as(stderr()).isZero();
        String row = Files.readAllLines(pairs).get(1);
        assertThat(row).startsWith("\"'=HYPERLINK(").contains(",'@SUM(A1),");
        Path clusters = dir.resolve("clusters.csv");
        assertThat(NadiyaCommand.run("match", "dedupe", "--input", file("g.csv", "id,name\n+cmd,Іван Петренко\n-2,Ivan Petrenko\n")
                .toString(), "--out", clusters.toString())).as(stderr()).isZero();
        assertThat(Files.readAllLines(clusters)).anyMatch(l -> l.startsWith("'+cmd,'+cmd"))
                .anyMatch(l -> l.startsWith("-2,"));
        assertThat(org.nadiya.kernel.SpreadsheetText.csvField("=1+2")).isEqualTo("'=1+2");
        assertThat(org.nadiya.kernel.SpreadsheetText.csvField("-12.5")).as("a plain number stays").isEqualTo("-12.5");
    }

    @Test
    void matchWithoutASubcommandExitsTwo() {
        assertThat(NadiyaCommand.run("match")).isEqualTo(2);
    }

    @Test
    void theCommandsNeedNoSpringContext() {
        var classes = new ClassFileImporter().importClasses(MatchCommand.class, MatchPairsCommand.class,
                MatchDedupeCommand.class, MatchTranslitCommand.class, CsvFile.class, MatchFiles.class);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .orShould().dependOnClassesThat().haveSimpleName("Contexts").check(classes);
    }
}
