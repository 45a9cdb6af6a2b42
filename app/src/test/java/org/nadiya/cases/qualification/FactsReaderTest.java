package org.nadiya.cases.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nadiya.kernel.InvalidInputException;

class FactsReaderTest {

    @Test
    void absentFieldsDefaultToEmptyFalseAndNone() {
        var batch = FactsReader.read("{}");
        assertThat(batch.array()).isFalse();
        assertThat(batch.facts()).containsExactly(Facts.NONE);
        assertThat(FactsReader.read("{\"offender\":{},\"victims\":[{}]}").facts().get(0).victims())
                .containsExactly(new Facts.Victim(null, OffenderRelation.NONE));
    }

    @Test
    void everyFieldIsRead() {
        var facts = FactsReader.read("""
                {"acts":["sale","receipt"],"means":["blackmail","bribery_of_controller"],"violence":"dangerous_threat",
                 "purposes":["organ_removal","armed_conflict"],
                 "victims":[{"age":16,"offender_relation":"custodian"},{"age":null}],
                 "offender":{"official_using_position":true,"category":"high_official"},
                 "repeated":true,"group":"organised","grave_consequences":true,"victim_consented":true}
                """).facts().get(0);
        assertThat(facts).isEqualTo(new Facts(Set.of(Act.SALE, Act.RECEIPT), Set.of(Means.BLACKMAIL,
                Means.BRIBERY_OF_CONTROLLER), Violence.DANGEROUS_THREAT, Set.of(Purpose.ORGAN_REMOVAL,
                Purpose.ARMED_CONFLICT), List.of(new Facts.Victim(16, OffenderRelation.CUSTODIAN),
                new Facts.Victim(null, OffenderRelation.NONE)), new Facts.Offender(true, OffenderCategory.HIGH_OFFICIAL),
                true, GroupForm.ORGANISED, true, true));
    }

    @Test
    void anArrayKeepsItsOrder() {
        var batch = FactsReader.read("[{\"repeated\":true},{},{\"group\":\"organised\"}]");
        assertThat(batch.array()).isTrue();
        assertThat(batch.facts()).extracting(Facts::repeated).containsExactly(true, false, false);
        assertThat(batch.facts()).extracting(Facts::group)
                .containsExactly(GroupForm.NONE, GroupForm.NONE, GroupForm.ORGANISED);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("[{},{},{\"victims\":[{\"age\":9,\"offender_relation\":\"uncle\"}]}]",
                        "facts[2].victims[0].offender_relation",
                        "unknown value 'uncle'; allowed: none, parent, adoptive_parent, guardian, custodian"),
                Arguments.of("{\"acts\":[\"sale\",\"selling\"]}", "acts[1]",
                        "unknown value 'selling'; allowed: sale, recruitment, movement, harbouring, transfer, receipt"),
                Arguments.of("{\"offender\":{\"rank\":\"major\"}}", "offender.rank", "unknown field"),
                Arguments.of("{\"victim\":[]}", "victim", "unknown field"),
                Arguments.of("[{\"extra\":1}]", "facts[0].extra", "unknown field"),
                Arguments.of("{\"victims\":[{\"age\":\"16\"}]}", "victims[0].age",
                        "expected an integer from 0 to 120, or null when unknown"),
                Arguments.of("{\"victims\":[{\"age\":16.5}]}", "victims[0].age",
                        "expected an integer from 0 to 120, or null when unknown"),
                Arguments.of("{\"victims\":[{},{\"age\":121}]}", "victims[1].age",
                        "expected an integer from 0 to 120, or null when unknown"),
                Arguments.of("{\"victims\":[{\"age\":-1}]}", "victims[0].age",
                        "expected an integer from 0 to 120, or null when unknown"),
                Arguments.of("{\"victims\":[{\"age\":99999999999}]}", "victims[0].age",
                        "expected an integer from 0 to 120, or null when unknown"),
                Arguments.of("{\"victims\":{\"age\":3}}", "victims", "expected an array of victim objects"),
                Arguments.of("{\"victims\":[3]}", "victims[0]", "expected an object"),
                Arguments.of("{\"repeated\":\"true\"}", "repeated", "expected true or false"),
                Arguments.of("{\"victim_consented\":1}", "victim_consented", "expected true or false"),
                Arguments.of("{\"grave_consequences\":null}", "grave_consequences", "expected true or false"),
                Arguments.of("{\"offender\":{\"official_using_position\":\"yes\"}}", "offender.official_using_position",
                        "expected true or false"),
                Arguments.of("{\"offender\":\"police\"}", "offender", "expected an object"),
                Arguments.of("{\"offender\":{\"category\":\"prosecutor\"}}", "offender.category",
                        "unknown value 'prosecutor'; allowed: none, law_enforcement, judge, high_official, military"),
                Arguments.of("{\"violence\":\"severe\"}", "violence", "unknown value 'severe'; allowed: none, "
                        + "non_dangerous, non_dangerous_threat, dangerous, dangerous_threat"),
                Arguments.of("{\"violence\":null}", "violence", "expected a string; allowed: none, "
                        + "non_dangerous, non_dangerous_threat, dangerous, dangerous_threat"),
                Arguments.of("{\"group\":\"gang\"}", "group", "unknown value 'gang'; allowed: none, prior_conspiracy, organised"),
                Arguments.of("{\"purposes\":\"forced_labour\"}", "purposes", "expected an array of strings; allowed: "
                        + "sexual_exploitation, pornography, forced_labour, forced_services, slavery, servitude, "
                        + "debt_bondage, organ_removal, experiments, adoption_for_profit, forced_pregnancy, "
                        + "forced_abortion, forced_marriage, forced_begging, criminal_activity, armed_conflict"),
                Arguments.of("{\"means\":[\"Deception\"]}", "means[0]", "unknown value 'Deception'; allowed: coercion, "
                        + "abduction, deception, blackmail, dependence, vulnerability, bribery_of_controller"),
                Arguments.of("{\"means\":[7]}", "means[0]", "expected a string; allowed: coercion, "
                        + "abduction, deception, blackmail, dependence, vulnerability, bribery_of_controller"),
                Arguments.of("[{}, 3]", "facts[1]", "expected an object"),
                Arguments.of("\"sale\"", "facts", "expected a facts object or an array of them"),
                Arguments.of("", "facts", "empty input; expected a facts object or an array of them"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("refusals")
    void strictParsingNamesTheOffendingField(String json, String field, String reason) {
        assertThatThrownBy(() -> FactsReader.read(json)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.problems().get(0).text(java.util.Locale.ENGLISH)).isEqualTo(reason);
            assertThat(e.getMessage()).isEqualTo(field + ": " + reason);
        });
    }

    @Test
    void brokenJsonAndDuplicateKeysAreRefusedWithTheirPlace() {
        assertThatThrownBy(() -> FactsReader.read("{\"acts\": [\"sale\"}")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("facts");
                    assertThat(e.problems().get(0).text(java.util.Locale.ENGLISH)).startsWith("not valid JSON at line 1, column ");
                });
        assertThatThrownBy(() -> FactsReader.read("{\"repeated\":true,\"repeated\":false}"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).text(java.util.Locale.ENGLISH)).startsWith("not valid JSON").contains("repeated"));
        assertThatThrownBy(() -> FactsReader.read("{} {}")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void tooManyFactsAtOnceAreRefused() {
        String many = "[" + String.join(",", java.util.Collections.nCopies(FactsReader.MAX_BATCH + 1, "{}")) + "]";
        assertThatThrownBy(() -> FactsReader.read(many)).hasMessage("facts: at most 1,000 facts objects at once, got 1,001");
        assertThat(FactsReader.read("[]").facts()).isEmpty();
    }

    @Test
    void userInputIsEchoedShortAndOnOneLine() {
        assertThatThrownBy(() -> FactsReader.read("{\"acts\":[\"x\\ny" + "z".repeat(80) + "\"]}"))
                .hasMessageStartingWith("acts[0]: unknown value 'x?yzzz").hasMessageContaining("…'; allowed")
                .hasMessageNotContaining("\n");
    }
}
