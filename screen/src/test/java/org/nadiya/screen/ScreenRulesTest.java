package org.nadiya.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ScreenRulesTest {

    private static final String VALID = """
            version: "t1"
            levels: {medium: 0.4, high: 0.7}
            salary: {code: S, weight: 0.3, domesticHighEur: 1500, abroadHighEur: 3000, abroadCodes: [A],
                     eurPerUnit: {EUR: 1.0}, periodsPerMonth: {month: 1.0}}
            mixedScript: {code: M, weight: 0.2}
            noEmployer: {code: N, weight: 0.1}
            indicators:
              - {code: A, weight: 0.1, description: abroad, source: test, terms: {uk: ['за кордон'], en: [abroad]}}
            """;

    private static ScreenRules parse(String yaml) {
        return ScreenRules.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void theShippedRulesLoadAndEveryIndicatorHasTermsInAllThreeLanguages() {
        ScreenRules rules = ScreenRules.defaults();
        assertThat(rules.indicators()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(rules.indicators()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
        assertThat(parse(VALID).indicators()).singleElement().satisfies(r -> assertThat(r.terms()).containsExactly("за кордон", "abroad"));
    }

    @Test
    void aBadFileIsRefusedNamingTheField() {
        assertThatThrownBy(() -> parse(VALID.replace("weight: 0.1, description", "weight: 1.5, description")))
                .hasMessage("rules: indicators.A.weight: must be in (-1, 1), got 1.5");
        assertThatThrownBy(() -> parse(VALID.replace("'за кордон'", "'за (кордон'")))
                .hasMessageStartingWith("rules: indicators.A.terms: not a valid pattern");
        assertThatThrownBy(() -> parse(VALID.replace("high: 0.7", "high: 0.3")))
                .hasMessage("rules: levels: need 0 < medium < high <= 1, got 0.4 and 0.3");
        assertThatThrownBy(() -> parse(VALID.replace("version: \"t1\"", "")))
                .hasMessage("rules: rules.version: required");
        assertThatThrownBy(() -> parse("indicators: [")).hasMessageStartingWith("rules: test.yaml is not valid YAML");
    }
}
