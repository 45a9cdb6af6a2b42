package org.nadiya.cases.internal.qualification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.nadiya.cases.qualification.Facts;
import org.nadiya.cases.qualification.FactsReader;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the page's form holds, kept as submitted so that the page shows it again. The facts are built by
 * handing the same JSON the API takes to {@link FactsReader}, so that the page and the API judge input alike.
 */
// Public only for the template engine's reflection; the package is internal to the module.
public final class QualificationForm {

    static final int VICTIM_ROWS = 5;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern VICTIM_FIELD = Pattern.compile("victims\\[(\\d+)]\\.?(\\w*)");
    private static final Pattern AGE = Pattern.compile("\\d{1,9}");

    /** One row of the victims table; a row with no age, not marked unknown and no relation is left out. */
    public record VictimRow(String age, boolean ageUnknown, String relation) {
        boolean filled() {
            return !age.isBlank() || ageUnknown || !relation.equals("none");
        }
    }

    private final MultiValueMap<String, String> params;
    private final List<VictimRow> victims = new ArrayList<>();

    private QualificationForm(MultiValueMap<String, String> params) {
        this.params = params;
        for (int i = 0; i < VICTIM_ROWS; i++) {
            victims.add(new VictimRow(value("victim" + i + ".age", "").trim(), checked("victim" + i + ".unknown"),
                    value("victim" + i + ".relation", "none")));
        }
    }

    static QualificationForm of(MultiValueMap<String, String> params) {
        return new QualificationForm(params);
    }

    public Set<String> selected(String name) {
        var values = params.get(name);
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }

    public String value(String name, String absent) {
        String value = params.getFirst(name);
        return value == null ? absent : value;
    }

    public boolean checked(String name) {
        return "true".equals(params.getFirst(name));
    }

    public List<VictimRow> victims() {
        return victims;
    }

    Facts facts() {
        return FactsReader.read(factsNode(), "");
    }

    /** The facts as the JSON the API and the CLI take, kept with a recorded decision. */
    public String factsJson() {
        return factsNode().toString();
    }

    private ObjectNode factsNode() {
        ObjectNode json = MAPPER.createObjectNode();
        for (String list : new String[] {"acts", "means", "purposes"}) {
            ArrayNode values = json.putArray(list);
            selected(list).forEach(values::add);
        }
        json.put("violence", value("violence", "none"));
        json.put("group", value("group", "none"));
        json.putObject("offender").put("category", value("category", "none"))
                .put("official_using_position", checked("official_using_position"));
        for (String flag : new String[] {"repeated", "grave_consequences", "victim_consented"}) {
            json.put(flag, checked(flag));
        }
        ArrayNode rows = json.putArray("victims");
        for (VictimRow row : victims) {
            if (!row.filled()) {
                continue;
            }
            ObjectNode victim = rows.addObject().put("offender_relation", row.relation());
            if (row.ageUnknown() || row.age().isBlank()) {
                victim.putNull("age");
            } else if (AGE.matcher(row.age()).matches()) {
                victim.put("age", Integer.parseInt(row.age()));
            } else {
                victim.put("age", row.age()); // refused by the reader with the field's path
            }
        }
        return json;
    }

    /** The id of the form control an error path ({@code victims[1].age}) points to. */
    String controlOf(String path) {
        var victim = VICTIM_FIELD.matcher(path);
        if (victim.matches()) {
            int index = Integer.parseInt(victim.group(1));
            int row = 0;
            for (int i = 0, seen = -1; i < victims.size(); i++) {
                if (victims.get(i).filled() && ++seen == index) {
                    row = i;
                    break;
                }
            }
            return "victim" + row + "-" + (victim.group(2).equals("offender_relation") ? "relation" : "age");
        }
        String control = path.replaceFirst("^offender\\.", "").replaceAll("[\\[.].*$", "");
        return control.equals("official_using_position") ? "official" : control;
    }
}
