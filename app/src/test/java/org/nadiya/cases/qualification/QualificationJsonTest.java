package org.nadiya.cases.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class QualificationJsonTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void aCrimeIsWrittenWithTheContractsNames() {
        JsonNode json = QualificationJson.toNode(Episodes.qualify("{\"victims\":[{\"age\":12}]}"));
        assertThat(json.propertyNames()).containsExactly("article", "part", "grounds", "missing_elements", "severity",
                "penalty", "jurisdiction", "jurisdiction_rule", "explanation_uk", "explanation_en");
        assertThat(json.get("article").stringValue()).isEqualTo("149");
        assertThat(json.get("part").intValue()).isEqualTo(3);
        assertThat(json.get("grounds").toString()).isEqualTo("[\"victim_minor\",\"child_under_14\"]");
        assertThat(json.get("missing_elements").isEmpty()).isTrue();
        assertThat(json.get("severity").stringValue()).isEqualTo("especially_grave");
        assertThat(json.get("penalty").toString()).isEqualTo("{\"min_years\":8,\"max_years\":15}");
        assertThat(json.get("jurisdiction").stringValue()).isEqualTo("NPU");
        assertThat(json.get("jurisdiction_rule").stringValue()).startsWith("CPC Art. 216(1)");
    }

    @Test
    void noCrimeIsWrittenWithNulls() {
        JsonNode json = QualificationJson.toNode(Episodes.qualify("{\"acts\":[],\"purposes\":[]}"));
        assertThat(json.get("article").isNull()).isTrue();
        assertThat(json.get("part").isNull()).isTrue();
        assertThat(json.get("severity").isNull()).isTrue();
        assertThat(json.get("penalty").isNull()).isTrue();
        assertThat(json.get("grounds").isEmpty()).isTrue();
        assertThat(json.get("missing_elements").toString()).isEqualTo("[\"act\",\"purpose\"]");
        assertThat(json.get("jurisdiction").stringValue()).isEqualTo("NPU");
    }

    @Test
    void oneFactsObjectGivesOneObjectAnArrayGivesAnArrayInOrder() {
        var assistant = new QualificationAssistant();
        var batch = FactsReader.read("[" + Episodes.PART_ONE + ",{}," + Episodes.PART_ONE.replace("30", "16") + "]");
        String array = QualificationJson.write(assistant.qualifyAll(batch.facts()), batch.array());
        JsonNode parsed = mapper.readTree(array);
        assertThat(parsed.isArray()).isTrue();
        assertThat(parsed.size()).isEqualTo(3);
        assertThat(parsed.get(0).get("part").intValue()).isEqualTo(1);
        assertThat(parsed.get(1).get("part").isNull()).isTrue();
        assertThat(parsed.get(2).get("part").intValue()).isEqualTo(2);

        var single = FactsReader.read(Episodes.PART_ONE);
        JsonNode one = mapper.readTree(QualificationJson.write(assistant.qualifyAll(single.facts()), single.array()));
        assertThat(one.isObject()).isTrue();
        assertThat(QualificationJson.write(List.of(), true).replaceAll("\\s", "")).isEqualTo("[]");
    }
}
