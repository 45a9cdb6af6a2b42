package org.nadiya.cases.qualification;

import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Advice as the JSON contract of {@code docs/qualification.md}: snake_case names, nulls written out. */
public final class QualificationJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private QualificationJson() {
    }

    public static ObjectNode toNode(Qualification q) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("article", q.article());
        out.put("part", q.part());
        ArrayNode grounds = out.putArray("grounds");
        q.groundIds().forEach(grounds::add);
        ArrayNode missing = out.putArray("missing_elements");
        q.missingElementIds().forEach(missing::add);
        out.put("severity", q.severity() == null ? null : q.severity().code());
        if (q.penalty() == null) {
            out.putNull("penalty");
        } else {
            out.putObject("penalty").put("min_years", q.penalty().minYears()).put("max_years", q.penalty().maxYears());
        }
        out.put("jurisdiction", q.jurisdiction().body().name());
        out.put("jurisdiction_rule", q.jurisdiction().rule());
        out.put("explanation_uk", q.explanationUk());
        out.put("explanation_en", q.explanationEn());
        return out;
    }

    /** One object for a single facts object, an array in the same order for an array of them. */
    public static String write(List<Qualification> results, boolean array) {
        if (!array) {
            return MAPPER.writeValueAsString(toNode(results.get(0)));
        }
        ArrayNode all = MAPPER.createArrayNode();
        results.forEach(q -> all.add(toNode(q)));
        return MAPPER.writeValueAsString(all);
    }
}
