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
}
