package org.nadiya.cases.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nadiya.cases.qualification.Episodes.qualify;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualificationAssistantTest {

    private static List<String> ids(String spaceSeparated) {
        return spaceSeparated == null || spaceSeparated.isBlank() ? List.of() : Arrays.asList(spaceSeparated.trim().split("\\s+"));
    }

    @Test
    void actMeansAndPurposeAgainstAnAdultArePartOne() {
        var q = qualify("");
        assertThat(q.article()).isEqualTo("149");
        assertThat(q.part()).isEqualTo(1);
        assertThat(q.grounds()).isEmpty();
        assertThat(q.missingElements()).isEmpty();
        assertThat(q.severity()).isEqualTo(Severity.GRAVE);
        assertThat(q.penalty()).isEqualTo(new Penalty(3, 8));
    }

    @ParameterizedTest(name = "{0}: part {1}, grounds [{2}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            victim_minor                | 2 | victim_minor                              | {"victims":[{"age":16}]}
            several_victims             | 2 | several_victims                           | {"victims":[{"age":30},{"age":41}]}
            repeated                    | 2 | repeated                                  | {"repeated":true}
            prior_conspiracy            | 2 | prior_conspiracy                          | {"group":"prior_conspiracy"}
            official_using_position     | 2 | official_using_position                   | {"offender":{"official_using_position":true}}
            non-dangerous violence      | 2 | non_dangerous_violence                    | {"violence":"non_dangerous"}
            threat of non-dangerous     | 2 | non_dangerous_violence                    | {"violence":"non_dangerous_threat"}
            minor by parent             | 3 | victim_minor minor_by_parent_or_guardian  | {"victims":[{"age":16,"offender_relation":"parent"}]}
            minor by adoptive parent    | 3 | victim_minor minor_by_parent_or_guardian  | {"victims":[{"age":16,"offender_relation":"adoptive_parent"}]}
            minor by guardian           | 3 | victim_minor minor_by_parent_or_guardian  | {"victims":[{"age":16,"offender_relation":"guardian"}]}
            minor by custodian          | 3 | victim_minor minor_by_parent_or_guardian  | {"victims":[{"age":16,"offender_relation":"custodian"}]}
            child_under_14              | 3 | victim_minor child_under_14               | {"victims":[{"age":13}]}
            organised_group             | 3 | organised_group                           | {"group":"organised"}
            dangerous violence          | 3 | dangerous_violence                        | {"violence":"dangerous"}
            threat of dangerous         | 3 | dangerous_violence                        | {"violence":"dangerous_threat"}
            grave_consequences          | 3 | grave_consequences                        | {"grave_consequences":true}
            """)
    void eachGroundRaisesToItsPart(String name, int part, String grounds, String changes) {
        var q = qualify(changes);
        assertThat(q.part()).isEqualTo(part);
        assertThat(q.groundIds()).containsExactlyElementsOf(ids(grounds));
        assertThat(q.severity()).isEqualTo(Severity.ESPECIALLY_GRAVE);
        assertThat(q.penalty()).isEqualTo(part == 2 ? new Penalty(5, 12) : new Penalty(8, 15));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            age 13 is under 14                    | 3 | victim_minor child_under_14                 |          | {"victims":[{"age":13}]}
            age exactly 14 is not under 14        | 2 | victim_minor                                |          | {"victims":[{"age":14}]}
            age 0                                 | 3 | victim_minor child_under_14                 |          | {"victims":[{"age":0}]}
            age 17 is a minor                     | 2 | victim_minor                                |          | {"victims":[{"age":17}]}
            age exactly 18 is an adult            | 1 |                                             |          | {"victims":[{"age":18}]}
            adult of 18 without means             |   |                                             | means    | {"victims":[{"age":18}],"means":[]}
            child of 17 without means             | 2 | victim_minor                                |          | {"victims":[{"age":17}],"means":[]}
            child of 10 without means             | 3 | victim_minor child_under_14                 |          | {"victims":[{"age":10}],"means":[]}
            unknown age is a child, not under 14  | 2 | victim_minor                                |          | {"victims":[{"age":null}],"means":[]}
            absent age is unknown                 | 2 | victim_minor                                |          | {"victims":[{}],"means":[]}
            several with one under 14             | 3 | victim_minor several_victims child_under_14 |          | {"victims":[{"age":25},{"age":12}]}
            stranger of a minor                   | 2 | victim_minor                                |          | {"victims":[{"age":15,"offender_relation":"none"}]}
            parent of a minor                     | 3 | victim_minor minor_by_parent_or_guardian    |          | {"victims":[{"age":15,"offender_relation":"parent"}]}
            parent of an adult                    | 1 |                                             |          | {"victims":[{"age":19,"offender_relation":"parent"}]}
            parent of one child, other adult      | 3 | victim_minor several_victims minor_by_parent_or_guardian | | {"victims":[{"age":30},{"age":16,"offender_relation":"guardian"}]}
            adult without means                   |   |                                             | means    | {"means":[]}
            no victim described needs means       |   |                                             | means    | {"victims":[],"means":[]}
            violence is a means                   | 2 | non_dangerous_violence                      |          | {"means":[],"violence":"non_dangerous"}
            threat of violence is a means         | 3 | dangerous_violence                          |          | {"means":[],"violence":"dangerous_threat"}
            missing act                           |   |                                             | act      | {"acts":[]}
            missing purpose                       |   |                                             | purpose  | {"purposes":[]}
            nothing at all                        |   |                                             | act means purpose | {"acts":[],"means":[],"purposes":[],"victims":[]}
            child without act: means not missing  |   |                                             | act      | {"acts":[],"means":[],"victims":[{"age":9}]}
            grounds without the elements          |   |                                             | purpose  | {"purposes":[],"group":"organised","repeated":true}
            every ground at once                  | 3 | victim_minor several_victims repeated prior_conspiracy official_using_position minor_by_parent_or_guardian child_under_14 dangerous_violence grave_consequences | | {"victims":[{"age":8,"offender_relation":"parent"},{"age":30}],"repeated":true,"group":"prior_conspiracy","offender":{"official_using_position":true},"violence":"dangerous","grave_consequences":true}
            """)
    void edgeCases(String name, Integer part, String grounds, String missing, String changes) {
        var q = qualify(changes);
        assertThat(q.part()).as("part").isEqualTo(part);
        assertThat(q.groundIds()).as("grounds").containsExactlyElementsOf(ids(grounds));
        assertThat(q.missingElementIds()).as("missing elements").containsExactlyElementsOf(ids(missing));
        if (part == null) {
            assertThat(q.article()).isNull();
            assertThat(q.severity()).isNull();
            assertThat(q.penalty()).isNull();
        } else {
            assertThat(q.article()).isEqualTo("149");
        }
    }

    @Test
    void consentNeverRemovesTheCrimeAndTheExplanationSaysSo() {
        var consented = qualify("{\"victim_consented\":true}");
        var not = qualify("{\"victim_consented\":false}");
        assertThat(consented.part()).isEqualTo(not.part()).isEqualTo(1);
        assertThat(consented.explanationEn()).contains("consent does not remove the crime");
        assertThat(consented.explanationUk()).contains("Згода потерпілої особи не виключає злочину");
        assertThat(not.explanationEn()).doesNotContain("consent");
        var childConsented = qualify("{\"victim_consented\":true,\"means\":[],\"victims\":[{\"age\":16}]}");
        assertThat(childConsented.part()).isEqualTo(2);
        assertThat(childConsented.explanationEn()).contains("consent does not remove the crime");
    }

    @Test
    void theExplanationNamesThePartEachGroundAndAdvises() {
        var q = qualify("{\"victims\":[{\"age\":25},{\"age\":12}]}");
        assertThat(q.explanationEn()).contains("Art. 149 part 3", "8 to 15 years", "especially grave",
                "against several persons (part 2)", "against a child under 14 (part 3)",
                "against a minor (under 18) (part 2)", "National Police", "the prosecutor decides");
        assertThat(q.explanationUk()).contains("ч. 3 ст. 149", "від 8 до 15 років", "особливо тяжкий злочин",
                "щодо кількох осіб (ч. 2)", "щодо малолітнього (дитини до 14 років) (ч. 3)", "Національна поліція",
                "кваліфікацію визначає прокурор");
        assertThat(q.explanation("en")).isEqualTo(q.explanationEn());
        assertThat(q.explanation("uk")).isEqualTo(q.explanationUk());
    }

    @Test
    void theExplanationOfAPartOneCrimeSaysNoGroundHolds() {
        var q = qualify("");
        assertThat(q.explanationEn()).contains("Art. 149 part 1", "3 to 8 years", "a grave crime",
                "No aggravating ground");
        assertThat(q.explanationUk()).contains("ч. 1 ст. 149", "тяжкий злочин", "не встановлено");
    }

    @Test
    void theExplanationNamesTheMissingElements() {
        var q = qualify("{\"means\":[],\"purposes\":[]}");
        assertThat(q.explanationEn()).contains("do not make out Art. 149", "the means (coercion",
                "the purpose of exploitation").doesNotContain("the act (");
        assertThat(q.explanationUk()).contains("не утворюють складу злочину", "спосіб (примус", "мета експлуатації");
    }
}
