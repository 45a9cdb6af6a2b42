package org.nadiya.cases.qualification;

import org.nadiya.cases.InvestigativeBody;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JurisdictionTest {

    @ParameterizedTest(name = "{0}, official using position {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            none            | false | NPU | CPC Art. 216(1)    | ст. 216 КПК
            none            | true  | NPU | prosecutor decides | рішення ухвалює прокурор
            law_enforcement | false | SBI | CPC Art. 216(4)(1) | п. 1 ч. 4 ст. 216 КПК
            judge           | false | SBI | CPC Art. 216(4)(1) | п. 1 ч. 4 ст. 216 КПК
            high_official   | true  | SBI | CPC Art. 216(4)(1) | п. 1 ч. 4 ст. 216 КПК
            military        | false | NPU | Art. 216(10)       | ч. 10 ст. 216 КПК
            """)
    void eachBranchNamesItsRule(String category, boolean official, InvestigativeBody body, String rule, String ruleUk) {
        var q = Episodes.qualify("{\"offender\":{\"category\":\"" + category + "\",\"official_using_position\":"
                + official + "}}");
        assertThat(q.jurisdiction().body()).isEqualTo(body);
        assertThat(q.jurisdiction().rule()).contains(rule);
        assertThat(q.jurisdiction().ruleUk()).contains(ruleUk);
        assertThat(q.explanationEn()).contains(body.en(), q.jurisdiction().rule());
        assertThat(q.explanationUk()).contains(body.uk(), q.jurisdiction().ruleUk());
    }

    @ParameterizedTest
    @CsvSource({"none, NPU", "judge, SBI"})
    void jurisdictionIsSuggestedEvenWhenArticle149DoesNotHold(String category, InvestigativeBody body) {
        var q = Episodes.qualify("{\"purposes\":[],\"offender\":{\"category\":\"" + category + "\"}}");
        assertThat(q.holds()).isFalse();
        assertThat(q.jurisdiction().body()).isEqualTo(body);
    }
}
