package org.nadiya.identification.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CatalogueReaderTest {

    @Test
    void theShippedCatalogueHasEveryRequiredGroupWithSourcesAndBothLanguages() {
        var catalogue = Catalogues.shipped();
        assertThat(catalogue.version()).isNotBlank();
        assertThat(catalogue.groups()).extracting(IndicatorGroup::id).containsExactly("ilo", "general", "sexual",
                "labour", "begging", "criminality", "child", "displaced");
        assertThat(catalogue.group("ilo").orElseThrow().indicators()).as("the ILO's eleven").hasSize(11);
        for (Indicator i : catalogue.indicators()) {
            assertThat(i.source().title()).as(i.id()).isNotBlank();
            assertThat(i.question().uk()).as(i.id()).isNotBlank().isNotEqualTo(i.question().en());
            assertThat(i.question().en()).as(i.id()).isNotBlank();
        }
        assertThat(catalogue.steps()).extracting(NextStep::id).contains("child-path", "separate", "offer-contacts",
                "no-detention");
    }

    private static Catalogue read(String yaml) {
        return CatalogueReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String HEAD = """
            version: "t1"
            sources:
              s1: {title: "Source one"}
            """;

    private static final String GROUP = """
            groups:
              - id: g
                uk: "Група"
                en: "Group"
                indicators:
                  - {id: g.one, weight: strong, source: s1, uk: "Так?", en: "Yes?"}
            """;

    @Test
    void aValidMinimalCatalogueReads() {
        var c = read(HEAD + GROUP + "steps:\n  - {id: st, when: [always, group:g, indicator:g.one], uk: \"к\", en: \"s\"}\n");
        assertThat(c.indicators()).extracting(Indicator::id).containsExactly("g.one");
        assertThat(c.indicators().get(0).weight()).isEqualTo(Weight.STRONG);
    }

    @Test
    void mistakesAreNamedWithTheirPlace() {
        assertThatThrownBy(() -> read(HEAD + GROUP.replace("source: s1", "source: nope") + "steps: []\n"))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("groups[0].indicators[0].source")
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> read(HEAD + GROUP.replace("uk: \"Так?\", ", "") + "steps: []\n"))
                .hasMessageContaining("groups[0].indicators[0].uk: missing");
        assertThatThrownBy(() -> read(HEAD + GROUP.replace("g.one", "other.one") + "steps: []\n"))
                .hasMessageContaining("must start with the group id");
        assertThatThrownBy(() -> read(HEAD + GROUP.replace("weight: strong", "weight: huge") + "steps: []\n"))
                .hasMessageContaining("groups[0].indicators[0].weight");
        assertThatThrownBy(() -> read(HEAD + GROUP + "steps:\n  - {id: st, when: [group:zzz], uk: \"к\", en: \"s\"}\n"))
                .hasMessageContaining("steps[0].when: unknown condition 'group:zzz'");
        assertThatThrownBy(() -> read(HEAD + GROUP + GROUP.substring(GROUP.indexOf("  - id")) + "steps: []\n"))
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> read("version: [1, 2"))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> read("!!java.io.File [\"/etc\"]\n"))
                .as("no arbitrary types").isInstanceOf(CatalogueException.class);
    }
}
