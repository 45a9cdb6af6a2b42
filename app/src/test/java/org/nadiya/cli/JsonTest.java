package org.nadiya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The commands' JSON: escaping by Jackson, read back equal, nesting and order kept. */
class JsonTest {

    @Test
    void everyAwkwardStringReadsBackAsWritten() {
        String awkward = "лапки \" слеш \\ рядок\nповернення\rтаб\tдзвінок\u0007 кінець";
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("text", awkward);
        fields.put("count", 3);
        fields.put("ok", true);
        fields.put("none", null);
        fields.put("list", List.of("a\"b", 2));
        fields.put("nested", Map.of("k", "v\\w"));
        String json = Json.object(fields);
        assertThat(json).startsWith("{\"text\":\"").doesNotContain("\n").doesNotContain("\u0007");
        Map<?, ?> back = JsonMapper.builder().build().readValue(json, Map.class);
        assertThat(back.get("text")).isEqualTo(awkward);
        assertThat(back.get("count")).isEqualTo(3);
        assertThat(back.get("ok")).isEqualTo(true);
        assertThat(back.containsKey("none")).isTrue();
        assertThat(back.get("list")).isEqualTo(List.of("a\"b", 2));
        assertThat(back.get("nested")).isEqualTo(Map.of("k", "v\\w"));
        assertThat(back.keySet().stream().map(String::valueOf).toList()).containsExactly("text", "count", "ok", "none", "list", "nested");
    }
}
