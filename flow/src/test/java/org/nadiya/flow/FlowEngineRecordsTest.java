package org.nadiya.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The record facade the application uses says exactly what the CLI's JSON says, on planted generated data. */
class FlowEngineRecordsTest {

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    private FlowEngine.Statements planted() throws Exception {
        var csv = new StringWriter();
        String truth = FlowEngine.generate(300, 3_000, 7, true, csv);
        assertThat(json(truth).get("plants")).asList().isNotEmpty();
        Path file = dir.resolve("g.csv");
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        return FlowEngine.loadEach(List.of(new FlowEngine.Source(file, null, null, null)), OnError.FAIL,
                FlowEngine.Progress.NONE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void analysisRecordsMatchTheAnalysisJson() throws Exception {
        var statements = planted();
        var result = FlowEngine.analyze(statements, null, FlowEngine.Progress.NONE);
        var expected = json(FlowEngine.analyzeJson(statements, null, FlowEngine.Progress.NONE));
        var alerts = (List<Map<String, Object>>) expected.get("alerts");
        var findings = (List<Map<String, Object>>) expected.get("findings");
        assertThat(result.alerts()).hasSize(alerts.size()).isNotEmpty();
        assertThat(result.findings()).hasSize(findings.size()).isNotEmpty();
        for (int i = 0; i < alerts.size(); i++) {
            var a = result.alerts().get(i);
            var e = alerts.get(i);
            assertThat(a.id()).isEqualTo(e.get("id"));
            assertThat(a.typology()).isEqualTo(e.get("typology"));
            assertThat(a.score()).isEqualTo(((Number) e.get("score")).doubleValue());
            assertThat(a.accounts()).isEqualTo(e.get("accounts"));
            assertThat(a.transactions()).isEqualTo(e.get("transactions"));
            assertThat(a.explanationEn()).isEqualTo(((Map<String, Object>) e.get("explanation")).get("en"));
            assertThat(a.parameters().keySet()).isEqualTo(((Map<String, Object>) e.get("parameters")).keySet());
        }
        for (int i = 0; i < findings.size(); i++) {
            assertThat(result.findings().get(i).typologies()).isEqualTo(findings.get(i).get("typologies"));
            assertThat(result.findings().get(i).accounts()).isEqualTo(findings.get(i).get("accounts"));
            assertThat(result.findings().get(i).alertIds()).isEqualTo(findings.get(i).get("alerts"));
        }
        var summary = (Map<String, Object>) expected.get("summary");
        assertThat(result.summary().transactions()).isEqualTo(summary.get("transactions")).isEqualTo(3_000);
        assertThat(result.summary().from().toString()).isEqualTo(summary.get("from"));

        var some = result.findings().get(0).transactions();
        var edges = FlowEngine.transactions(statements, some);
        assertThat(edges).extracting(FlowEngine.Edge::id).containsExactlyInAnyOrderElementsOf(some);
        assertThat(edges).allMatch(e -> e.amount().signum() > 0 && e.amount().scale() == 2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void traceRecordsMatchTheTraceJsonAndBadRequestsAreNamed() throws Exception {
        var statements = planted();
        String account = statements.graph().account(0);
        var trace = FlowEngine.trace(statements, account, TraceDirection.FORWARD, null, null, 3, TraceMethod.FIFO);
        var expected = json(FlowEngine.traceJson(statements, account, null, TraceDirection.FORWARD, Long.MIN_VALUE,
                Long.MAX_VALUE, 3, TraceMethod.FIFO));
        assertThat(trace.flows()).extracting(FlowEngine.TraceFlow::id).isEqualTo(((List<Map<String, Object>>)
                expected.get("flows")).stream().map(f -> f.get("id")).toList());
        assertThat(trace.traced()).isEqualByComparingTo(new BigDecimal(String.valueOf(expected.get("traced"))));
        BigDecimal ended = trace.terminals().stream().map(FlowEngine.TraceTerminal::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(ended).as("money is conserved").isEqualByComparingTo(trace.traced());

        assertThatThrownBy(() -> FlowEngine.trace(statements, "NOBODY", null, null, null, 3, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOBODY");
        assertThatThrownBy(() -> FlowEngine.checkRules("cycle: {maxLenght: 3}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLenght");
        FlowEngine.checkRules("cycle: {maxLength: 3}");
        assertThat(FlowEngine.analyze(statements, "cycle: {enabled: false}", FlowEngine.Progress.NONE).alerts())
                .noneMatch(a -> a.typology().equals("cycle"));
    }
}
