package org.nadiya.flow.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nadiya.flow.RandomGraphs.tx;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nadiya.flow.GraphBuilder;
import org.nadiya.flow.RandomGraphs;
import org.nadiya.flow.Transaction;
import org.nadiya.flow.ingest.StatementImporter;

class AnalysisTest {

    @Test
    void aScatterGatherAlsoShowsAsFanOutAndFanInButIsOneFinding() {
        List<Transaction> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            list.add(tx("s" + i, i * 60, "BOSS", "M" + i, 1_000_000));
            list.add(tx("g" + i, 3600 + i * 60, "M" + i, "SINK", 980_000));
        }
        var result = Analysis.run(RandomGraphs.graph(list), Rules.defaults());
        assertThat(result.alerts()).extracting(Alert::typology)
                .contains(Typology.SCATTER_GATHER, Typology.FAN_OUT, Typology.FAN_IN);
        assertThat(result.alerts()).extracting(Alert::id).startsWith("A1", "A2");
        assertThat(result.findings()).hasSize(1);
        assertThat(result.findings().get(0).typologies())
                .contains(Typology.SCATTER_GATHER, Typology.FAN_OUT, Typology.FAN_IN);
        Alert sg = result.alerts().stream().filter(a -> a.typology() == Typology.SCATTER_GATHER).findFirst().orElseThrow();
        assertThat(sg.score()).isBetween(0.0, 1.0);
        assertThat(sg.explanationUk()).contains("10 проміжних рахунків");
        assertThat(sg.explanationEn()).contains("10 intermediary accounts");
    }

    @Test
    void theCamtFixtureFlagsThePaymentToARussianCounterparty() throws Exception {
        var builder = new GraphBuilder();
        StatementImporter.importFile(java.nio.file.Path.of(getClass().getResource("/statements/camt053-privat.xml").toURI()),
                StatementImporter.Options.defaults(), builder);
        var graph = builder.build();
        var alerts = Analysis.run(graph, Rules.defaults()).alerts();
        assertThat(alerts).extracting(Alert::typology).containsExactly(Typology.HIGH_RISK_COUNTRY);
        assertThat(alerts.get(0).transactions()).extracting(graph::id).containsExactly("PB260304-000001");
    }
}
