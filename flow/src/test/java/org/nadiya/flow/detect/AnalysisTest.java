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

    /** Weekly payments on fixed relationships among 40 accounts over a year: ordinary traffic. */
    private static List<Transaction> recurringBackground() {
        List<Transaction> list = new ArrayList<>();
        for (int week = 0; week < 52; week++) {
            for (int a = 0; a < 40; a++) {
                list.add(tx("w" + week + "-" + a, week * 7 * 86_400L + a * 600, "N" + a, "N" + ((a + 1) % 40),
                        50_000 + a));
                list.add(tx("v" + week + "-" + a, week * 7 * 86_400L + a * 600 + 3600, "N" + ((a + 1) % 40), "N" + a,
                        50_000 + a));
            }
        }
        return list;
    }

    @Test
    void aSlowFanInOfOneOffPayersIsFoundAtTheWholePeriodAndRecurringTrafficIsNot() {
        List<Transaction> list = recurringBackground();
        for (int i = 0; i < 9; i++) {
            // one payer a month: no day, week or month window holds more than two
            list.add(tx("f" + i, i * 35 * 86_400L + 5_000, "P" + i, "N7", 30_000 + i * 1_000));
        }
        var graph = RandomGraphs.graph(list);
        var result = Analysis.run(graph, Rules.defaults());
        assertThat(result.alerts()).hasSize(1);
        Alert fanIn = result.alerts().get(0);
        assertThat(fanIn.typology()).isEqualTo(Typology.FAN_IN);
        assertThat(fanIn.parameters()).containsEntry("calibrated", true).containsEntry("scaleHours", 0L)
                .containsEntry("value", 9);
        assertThat(fanIn.accounts()).extracting(graph::account).hasSize(10).contains("N7", "P0", "P8");
        assertThat(fanIn.explanationUk()).contains("за весь період даних", "9 платників");
        assertThat(fanIn.explanationEn()).contains("over the whole period of the data", "9 payers", "more than 98.0 % of the accounts");
        // The back-and-forth weekly payments are 2-cycles for the fixed-window rule, but on recurring relationships.
        var fixedOnly = Analysis.run(graph, new Rules(Rules.defaults().fanIn(), Rules.defaults().fanOut(),
                Rules.defaults().scatterGather(), Rules.defaults().gatherScatter(), Rules.defaults().cycle(),
                Rules.defaults().stack(), Rules.defaults().bipartite(), Rules.defaults().passThrough(),
                Rules.defaults().structuring(), Rules.defaults().smallPayments(), Rules.defaults().highRisk(),
                RulesFile.parse("off", "calibration: {enabled: false}").calibration()));
        assertThat(fixedOnly.alerts()).extracting(Alert::typology).contains(Typology.CYCLE)
                .doesNotContain(Typology.BURST);
    }

    @Test
    void anAccountSuddenlyPayingTheSameAccountsDailyIsABurst() {
        List<Transaction> list = recurringBackground();
        for (int day = 0; day < 10; day++) {
            for (int p = 0; p < 3; p++) {
                list.add(tx("b" + day + "-" + p, 100 * 86_400L + day * 86_400L + p * 60, "N3", "Q" + p, 20_000));
            }
        }
        var graph = RandomGraphs.graph(list);
        var alerts = Analysis.run(graph, Rules.defaults()).alerts();
        assertThat(alerts).extracting(Alert::typology).containsExactly(Typology.BURST);
        assertThat(alerts.get(0).accounts()).extracting(graph::account).containsExactly("N3", "Q0", "Q1", "Q2");
        assertThat(alerts.get(0).parameters()).containsEntry("scaleHours", 168L).containsEntry("payees", 3)
                .containsEntry("value", 8);
        assertThat(alerts.get(0).explanationEn()).contains("within a week", "up to 8 transfers to one payee");
    }
}
