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

/** The {@code flow} commands' contract: JSON shapes, several inputs, exit codes 0 / 1 (bad input) / 2 (usage). */
class FlowCommandTest extends CommandLineTest {

    private static final String CANONICAL = """
            id,timestamp,from_account,to_account,amount,currency
            t1,2026-03-01T10:00:00Z,VICTIM,V,1000.00,UAH
            t2,2026-03-01T11:00:00Z,V,M,700.00,UAH
            t3,2026-03-01T12:00:00Z,V,N,300.00,UAH
            t4,2026-03-02T12:00:00Z,M,X,700.00,UAH
            """;

    private JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    @Test
    void generateThenAnalyzeFindsThePlantedTypologies() throws IOException {
        Path csv = dir.resolve("g.csv");
        assertThat(NadiyaCommand.run("flow", "generate", "--accounts", "2000", "--transactions", "8000", "--seed", "3",
                "--plant", "--out", csv.toString())).as(stderr()).isZero();
        JsonNode truth = json(Files.readString(dir.resolve("g.truth.json")));
        assertThat(truth.get("plants").size()).isEqualTo(36);
        Path report = dir.resolve("report.json");
        assertThat(NadiyaCommand.run("flow", "analyze", "--input", csv.toString(), "--out", report.toString()))
                .as(stderr()).isZero();
        JsonNode result = json(Files.readString(report));
        assertThat(result.get("summary").get("transactions").intValue()).isEqualTo(8000);
        assertThat(result.get("summary").get("skipped").intValue()).isZero();
        assertThat(result.get("summary").get("from").stringValue()).startsWith("2026-");
        JsonNode alert = result.get("alerts").get(0);
        assertThat(alert.get("id").stringValue()).isEqualTo("A1");
        assertThat(alert.has("typology") && alert.has("score") && alert.has("accounts") && alert.has("transactions"))
                .isTrue();
        assertThat(alert.get("explanation").get("uk").stringValue()).isNotBlank();
        assertThat(alert.get("explanation").get("en").stringValue()).isNotBlank();
        var typologies = new java.util.HashSet<String>();
        result.get("alerts").forEach(a -> typologies.add(a.get("typology").stringValue()));
        assertThat(typologies).contains("fan-in", "fan-out", "scatter-gather", "gather-scatter", "cycle", "stack",
                "bipartite", "pass-through", "structuring", "small-payments", "high-risk-country");
        assertThat(result.get("findings").size()).isPositive();
    }

    @Test
    void learnThenAnalyzeWithTheModelRanksFindingsAndExplainsAccounts() throws IOException {
        Path csv = dir.resolve("l.csv");
        assertThat(NadiyaCommand.run("flow", "generate", "--accounts", "2000", "--transactions", "8000", "--seed", "5",
                "--plant", "--out", csv.toString())).as(stderr()).isZero();
        JsonNode truth = json(Files.readString(dir.resolve("l.truth.json")));
        var confirmed = new java.util.TreeSet<String>();
        truth.get("plants").forEach(p -> p.get("accounts").forEach(a -> confirmed.add(a.stringValue())));
        var lines = new StringBuilder("account,label,group\n");
        confirmed.forEach(a -> lines.append(a).append(",confirmed,").append(a).append('\n'));
        for (int i = 0; i < 2000; i += 3) {
            String a = "UA" + String.format("%02d", 10 + i % 89) + String.format("%025d", i); // the generator's

            if (!confirmed.contains(a)) {
                lines.append(a).append(",dismissed\n");
            }
        }
        Path labels = file("labels.csv", lines.toString());
        Path model = dir.resolve("model.json");
        assertThat(NadiyaCommand.run("flow", "learn", "--input", csv.toString(), "--labels", labels.toString(), "--out",
                model.toString())).as(stderr()).isZero();
        JsonNode summary = json(stdout());
        assertThat(summary.get("trainedOn").get("confirmed").intValue()).isPositive();
        assertThat(summary.get("threshold").doubleValue()).isBetween(0.0, 1.0);

        Path report = dir.resolve("ranked.json");
        assertThat(NadiyaCommand.run("flow", "analyze", "--input", csv.toString(), "--model", model.toString(),
                "--out", report.toString())).as(stderr()).isZero();
        JsonNode result = json(Files.readString(report));
        JsonNode findings = result.get("findings");
        for (int i = 1; i < findings.size(); i++) {
            assertThat(findings.get(i).get("score").doubleValue())
                    .isLessThanOrEqualTo(findings.get(i - 1).get("score").doubleValue());
        }
        assertThat(findings.get(0).has("ruleScore")).isTrue();
        JsonNode top = result.get("ranking").get(0);
        assertThat(top.get("flagged").booleanValue()).isTrue();
        assertThat(top.get("reasons").get(0).get("explanation").get("uk").stringValue()).isNotBlank();
        assertThat(result.get("model").get("threshold").doubleValue()).isBetween(0.0, 1.0);

        Path broken = file("broken.json", "{}");
        assertThat(NadiyaCommand.run("flow", "analyze", "--input", csv.toString(), "--model", broken.toString()))
                .isEqualTo(1);
        assertThat(stderr()).contains("not a model file");
        assertThat(NadiyaCommand.run("flow", "learn", "--input", csv.toString(), "--out", model.toString()))
                .isEqualTo(2);
    }

    @Test
    void severalInputsAreAnalysedTogether() throws IOException {
        Path a = file("a.csv", CANONICAL);
        Path b = file("b.csv", "id,timestamp,from_account,to_account,amount,currency\nt9,2026-03-05T00:00:00Z,X,RU0000000000000001,5,UAH\n");
        assertThat(NadiyaCommand.run("flow", "analyze", "--input", a.toString(), "--input", b.toString()))
                .as(stderr()).isZero();
        JsonNode result = json(stdout());
        assertThat(result.get("summary").get("transactions").intValue()).isEqualTo(5);
        assertThat(result.get("summary").get("to").stringValue()).isEqualTo("2026-03-05T00:00:00Z");
        assertThat(result.get("alerts").get(0).get("typology").stringValue()).isEqualTo("high-risk-country");
    }

    @Test
    void traceFollowsTheMoneyFifo() throws IOException {
        assertThat(NadiyaCommand.run("flow", "trace", "--input", file("a.csv", CANONICAL).toString(), "--from",
                "VICTIM", "--hops", "3")).as(stderr()).isZero();
        JsonNode result = json(stdout());
        assertThat(result.get("direction").stringValue()).isEqualTo("forward");
        assertThat(result.get("method").stringValue()).isEqualTo("fifo");
        assertThat(result.get("flows").size()).isEqualTo(4);
        assertThat(result.get("terminals").get(0).get("account").stringValue()).isEqualTo("X");
        assertThat(result.get("terminals").get(0).get("amount").decimalValue()).isEqualByComparingTo("700.00");
        assertThat(result.get("paths").get(0).get("accounts").toString()).isEqualTo("[\"VICTIM\",\"V\",\"M\",\"X\"]");
    }

    @Test
    void aBadRowExitsOneNamingRowAndColumnAndSkipListsIt() throws IOException {
        Path bad = file("bad.csv", CANONICAL + "t5,2026-03-03T00:00:00Z,A,B,12x,UAH\n");
        assertThat(NadiyaCommand.run("flow", "analyze", "--input", bad.toString())).isEqualTo(1);
        assertThat(stderr()).isEqualTo("nadiya flow: bad.csv: row 6, column 'amount': amount '12x' is not a number"
                + System.lineSeparator());
        assertThat(out.size()).isZero();
        assertThat(NadiyaCommand.run("flow", "analyze", "--input", bad.toString(), "--on-error", "skip")).isZero();
        JsonNode result = json(stdout());
        assertThat(result.get("summary").get("skipped").intValue()).isEqualTo(1);
        assertThat(result.get("summary").get("inputs").get(0).get("skippedRows").get(0).get("row").intValue())
                .isEqualTo(6);
    }

    @Test
    void missingFilesAndBadRulesExitOne() throws IOException {
        assertThat(NadiyaCommand.run("flow", "analyze", "--input", dir.resolve("absent.csv").toString())).isEqualTo(1);
        assertThat(stderr()).contains("absent.csv: no such file");
        Path rules = file("rules.yaml", "cycle: {maxLenght: 3}\n");
        assertThat(NadiyaCommand.run("flow", "analyze", "--input", file("a.csv", CANONICAL).toString(), "--rules",
                rules.toString())).isEqualTo(1);
        assertThat(stderr()).contains("cycle.maxLenght is not a parameter");
        assertThat(NadiyaCommand.run("flow", "trace", "--input", file("b.csv", CANONICAL).toString(), "--from",
                "NOBODY")).isEqualTo(1);
        assertThat(stderr()).contains("no transaction names account 'NOBODY'");
    }

    @Test
    void xmlThatIsNotABankStatementExitsOneSayingWhatItIs() throws IOException {
        Path pain = file("payments.xml", """
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn>
                <GrpHdr><MsgId>P1</MsgId></GrpHdr></CstmrCdtTrfInitn></Document>
                """);
        assertThat(NadiyaCommand.run("flow", "analyze", "--input", pain.toString())).isEqualTo(1);
        assertThat(stderr()).isEqualTo("nadiya flow: payments.xml: this is an ISO 20022 pain.001.001.03 message, not a"
                + " bank statement (camt.052, camt.053 or camt.054)" + System.lineSeparator());
        assertThat(out.size()).isZero();
    }

    @Test
    void aTransactionIdNamingSeveralTransactionsIsRefusedListingThem() throws IOException {
        Path twice = file("twice.csv", CANONICAL + "t2,2026-03-04T12:00:00Z,X,Y,50.00,UAH\n");
        assertThat(NadiyaCommand.run("flow", "trace", "--input", twice.toString(), "--transaction", "t2"))
                .isEqualTo(1);
        assertThat(stderr()).contains("transaction id 't2' names 2 transactions; give one of: t2#1 (2026-03-01T11:00:00Z,"
                + " 700.00 UAH, V -> M); t2#2 (2026-03-04T12:00:00Z, 50.00 UAH, X -> Y)");
        assertThat(NadiyaCommand.run("flow", "trace", "--input", twice.toString(), "--transaction", "t2#2"))
                .as(stderr()).isZero();
        assertThat(json(stdout()).get("flows").get(0).get("to").stringValue()).isEqualTo("Y");
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        assertThat(NadiyaCommand.run("flow", "analyze")).isEqualTo(2);
        assertThat(NadiyaCommand.run("flow")).isEqualTo(2);
        assertThat(NadiyaCommand.run("flow", "trace", "--input", file("a.csv", CANONICAL).toString())).isEqualTo(2);
        assertThat(NadiyaCommand.run("flow", "trace", "--input", "a.csv", "--from", "A", "--method", "lifo"))
                .isEqualTo(2);
    }

    @Test
    void theFlowCommandsNeedNoSpringContext() {
        var classes = new ClassFileImporter().importClasses(FlowCommand.class, FlowAnalyzeCommand.class,
                FlowLearnCommand.class, FlowTraceCommand.class, FlowGenerateCommand.class, FlowInputs.class, Progress.class);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .orShould().dependOnClassesThat().haveSimpleName("Contexts").check(classes);
    }
}
