package org.nadiya.flow.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesFileTest {

    @TempDir
    Path dir;

    @Test
    void keepsDefaultsForWhatIsNotSaid() throws Exception {
        Path file = Files.writeString(dir.resolve("rules.yaml"), """
                structuring:
                  threshold: 55000.00   # gambling threshold
                  minCount: 4
                fan-out: {enabled: false}
                high-risk-country:
                  countries: [ru, by, ir]
                """);
        Rules rules = RulesFile.read(file);
        assertThat(rules.structuring().thresholdMinor()).isEqualTo(55_000_00);
        assertThat(rules.structuring().minCount()).isEqualTo(4);
        assertThat(rules.structuring().windowHours()).isEqualTo(Rules.defaults().structuring().windowHours());
        assertThat(rules.fanOut().enabled()).isFalse();
        assertThat(rules.fanIn().enabled()).isTrue();
        assertThat(rules.highRisk().countries()).containsExactlyInAnyOrder("RU", "BY", "IR");
    }

    @Test
    void namesTheWrongKey() throws Exception {
        Path typo = Files.writeString(dir.resolve("a.yaml"), "cycle:\n  maxLenght: 5\n");
        assertThatThrownBy(() -> RulesFile.read(typo)).hasMessageContaining("cycle.maxLenght is not a parameter");
        Path unknown = Files.writeString(dir.resolve("b.yaml"), "smurfing: {}\n");
        assertThatThrownBy(() -> RulesFile.read(unknown)).hasMessageContaining("unknown typology 'smurfing'");
        Path negative = Files.writeString(dir.resolve("c.yaml"), "fan-in: {minCounterparties: -1}\n");
        assertThatThrownBy(() -> RulesFile.read(negative))
                .hasMessageContaining("fan-in.minCounterparties must be a positive whole number");
    }

    @Test
    void readsAndChecksTheCalibrationSection() throws Exception {
        Path file = Files.writeString(dir.resolve("cal.yaml"), """
                calibration: {scaleHours: [24, 168, 0], burstHours: [12], cutoff: 5, minCounterparties: 4}
                """);
        Rules.Calibration c = RulesFile.read(file).calibration();
        assertThat(c.enabled()).isTrue();
        assertThat(c.scaleSeconds()).containsExactly(86_400, 604_800, Long.MAX_VALUE);
        assertThat(c.burstSeconds()).containsExactly(43_200);
        assertThat(c.cutoff()).isEqualTo(5.0);
        assertThat(c.minCounterparties()).isEqualTo(4);
        assertThat(c.maxLength()).isEqualTo(Rules.defaults().calibration().maxLength());
        assertThat(RulesFile.parse("off", "calibration: {enabled: false}").calibration().enabled()).isFalse();
        assertThatThrownBy(() -> RulesFile.parse("r", "calibration: {scaleHours: [24, 24]}"))
                .hasMessageContaining("calibration.scaleHours must be a list of distinct window lengths in hours");
        assertThatThrownBy(() -> RulesFile.parse("r", "calibration: {burstHours: [0]}"))
                .hasMessageContaining("calibration.burstHours must be a list of distinct positive window lengths");
        assertThatThrownBy(() -> RulesFile.parse("r", "calibration: {cutoff: -2}"))
                .hasMessageContaining("calibration.cutoff must be a positive number");
        assertThatThrownBy(() -> RulesFile.parse("r", "burst: {}"))
                .hasMessageContaining("burst has no section of its own");
    }
}
