package org.nadiya.cases.qualification;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Test facts: an adult recruited by deception for forced labour (part 1), changed by a JSON fragment. */
final class Episodes {

    static final String PART_ONE = """
            {"acts":["recruitment"],"means":["deception"],"purposes":["forced_labour"],"victims":[{"age":30}]}""";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Episodes() {
    }

    /** The part-1 episode with the top-level fields of {@code changes} replaced. */
    static Facts partOneWith(String changes) {
        return with(PART_ONE, changes);
    }

    static Facts with(String base, String changes) {
        var node = (ObjectNode) MAPPER.readTree(base);
        if (changes != null && !changes.isBlank()) {
            node.setAll((ObjectNode) MAPPER.readTree(changes));
        }
        return FactsReader.read(node, "");
    }

    static Qualification qualify(String changes) {
        return new QualificationAssistant().qualify(partOneWith(changes));
    }
}
