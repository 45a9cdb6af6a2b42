package org.nadiya.cases.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nadiya.cases.qualification.Art149Rules.Element;
import org.nadiya.cases.qualification.Art149Rules.Ground;

/** The rules data and the named predicates must agree; a mismatch fails here, not in a prosecutor's hands. */
class Art149RulesTest {

    private final Art149Rules rules = Art149Rules.standard();

    @Test
    void theDataDeclaresEveryGroundOfTheContractExactlyOnceWithItsPart() {
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("victim_minor", 2), Map.entry("several_victims", 2), Map.entry("repeated", 2),
                Map.entry("prior_conspiracy", 2), Map.entry("official_using_position", 2),
                Map.entry("non_dangerous_violence", 2), Map.entry("minor_by_parent_or_guardian", 3),
                Map.entry("child_under_14", 3), Map.entry("organised_group", 3), Map.entry("dangerous_violence", 3),
                Map.entry("grave_consequences", 3));
        List<String> ids = rules.grounds().stream().map(Ground::id).toList();
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(rules.grounds().stream().collect(Collectors.toMap(Ground::id, Ground::part))).isEqualTo(expected);
        assertThat(rules.elements()).extracting(Element::id).containsExactly("act", "means", "purpose");
    }

    @Test
    void everyPredicateIsUsedByTheDataExactlyOnce() {
        List<Condition> used = new ArrayList<>();
        rules.elements().forEach(e -> used.add(e.condition()));
        rules.grounds().forEach(g -> used.add(g.condition()));
        assertThat(used).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Condition.class));
    }

    @Test
    void everyGroundAndElementIsWordedInBothLanguages() {
        for (Ground g : rules.grounds()) {
            assertThat(g.uk()).as(g.id()).isNotBlank().isNotEqualTo(g.en());
            assertThat(g.en()).as(g.id()).isNotBlank();
        }
        for (Element e : rules.elements()) {
            assertThat(e.uk()).as(e.id()).isNotBlank().isNotEqualTo(e.en());
        }
    }

    @ParameterizedTest(name = "part {0}: {1}-{2} years, {3}")
    @CsvSource({"1, 3, 8, GRAVE", "2, 5, 12, ESPECIALLY_GRAVE", "3, 8, 15, ESPECIALLY_GRAVE"})
    void penaltiesAndSeverityFollowTheCodeAndArticle12(int part, int min, int max, Severity severity) {
        assertThat(rules.parts()).isEqualTo(3);
        assertThat(rules.penalty(part)).isEqualTo(new Penalty(min, max));
        assertThat(rules.penalty(part).severity()).isEqualTo(severity);
    }

    @ParameterizedTest(name = "{0} years -> {1}")
    @CsvSource({"5, NON_GRAVE", "6, GRAVE", "10, GRAVE", "11, ESPECIALLY_GRAVE"})
    void article12DrawsTheLinesAtFiveAndTenYears(int maxYears, Severity severity) {
        assertThat(new Penalty(1, maxYears).severity()).isEqualTo(severity);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "condition": "grave_consequences"    | "condition": "tortured_victim"  | grounds[10].condition: unknown predicate 'tortured_victim'
            "condition": "grave_consequences"    | "condition": "organised_group"  | grounds[10].condition: predicate 'organised_group' is already used
            "id": "grave_consequences"           | "id": "organised_group"         | grounds[10].id: ground 'organised_group' is declared twice
            "id": "grave_consequences", "part": 3 | "id": "grave_consequences", "part": 1 | grounds[10].part: 1 is not an aggravated part (2..3)
            "id": "grave_consequences"           | "id": "grave_consequences", "note": "x" | grounds[10].note: unknown field
            "condition": "exploitation_purpose"  | "condition": "any_purpose"      | elements[2].condition: unknown predicate 'any_purpose'
            {"part": 3, "min_years": 8, "max_years": 15} | {"part": 4, "min_years": 8, "max_years": 15} | parts: need parts numbered 1..3, found [1, 2, 4]
            """)
    void aDocumentThatDisagreesWithThePredicatesIsRefused(String from, String to, String error) throws IOException {
        String shipped = shipped();
        assertThat(shipped).contains(from);
        String broken = shipped.replace(from, to);
        assertThatThrownBy(() -> Art149Rules.parse(broken)).isInstanceOf(IllegalStateException.class)
                .hasMessage(error);
    }

    @Test
    void theShippedDocumentParsesToTheSameRules() throws IOException {
        var again = Art149Rules.parse(shipped());
        assertThat(again.grounds()).isEqualTo(rules.grounds());
        assertThat(again.elements()).isEqualTo(rules.elements());
        assertThat(again.article()).isEqualTo("149");
    }

    private static String shipped() throws IOException {
        try (var in = Art149RulesTest.class.getResourceAsStream(Art149Rules.RESOURCE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
