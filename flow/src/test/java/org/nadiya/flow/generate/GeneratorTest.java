package org.nadiya.flow.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nadiya.flow.GraphBuilder;
import org.nadiya.flow.detect.Analysis;
import org.nadiya.flow.detect.Rules;
import org.nadiya.flow.ingest.StatementImporter;

class GeneratorTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameFile() throws Exception {
        var a = new StringWriter();
        var b = new StringWriter();
        new Generator(100, 500, 7, true).write(a);
        new Generator(100, 500, 7, true).write(b);
        assertThat(a.toString()).isEqualTo(b.toString());
        assertThat(a.toString().lines()).hasSize(501).first().isEqualTo("id,timestamp,from_account,to_account,amount,currency");
    }

    @Test
    void everyPlantedTypologyIsFoundWithFewFalseAlerts() throws Exception {
        Path file = dir.resolve("g.csv");
        List<Plant> plants;
        try (var out = Files.newBufferedWriter(file)) {
            plants = new Generator(5_000, 30_000, 42, true).write(out);
        }
        var builder = new GraphBuilder();
        var report = StatementImporter.importFile(file, StatementImporter.Options.defaults(), builder);
        assertThat(report.imported()).isEqualTo(30_000);
        var graph = builder.build();
        var result = Analysis.run(graph, Rules.defaults());
        for (var q : Evaluation.of(graph, result.alerts(), plants)) {
            assertThat(q.planted()).as(q.typology().key()).isEqualTo(3);
            assertThat(q.recall()).as(q.typology() + " recall " + q).isEqualTo(1.0);
            assertThat(q.precision()).as(q.typology() + " precision " + q).isGreaterThanOrEqualTo(0.8);
        }
    }
}
