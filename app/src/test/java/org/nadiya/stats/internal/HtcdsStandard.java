package org.nadiya.stats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The HTCDS 2.0 field list (test data {@code standards/htcds-2.0-fields.tsv}, from the standard's own spreadsheet)
 * and the checks an export must pass against it: every field is the standard's and not deprecated, every value is
 * in the field's picklist (or an ISO 3166 code where the standard asks for one), every core field of a section is
 * present. Problems are returned as readable lines so a failing test names all of them at once.
 */
public final class HtcdsStandard {

    public record Field(String section, String name, String status, boolean core, String type, List<String> values) {

        boolean multiselect() {
            return type.startsWith("Multiselect");
        }
    }

    /** The export's sections and the standard's sections each one carries. */
    public static final Map<String, Set<String>> SECTIONS = Map.of(
            "organisation", Set.of("Organization"),
            "person", Set.of("Person"),
            "victimContext", Set.of("Person - Victim Context"),
            "perpetratorContext", Set.of("Person - Perpetrator Context"),
            "case", Set.of("Case", "Referral Details"),
            "traffickingEvents", Set.of("Historic Trafficking Events"),
            "consent", Set.of("Consent"));

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Map<String, Field> fields = new LinkedHashMap<>();

    public static HtcdsStandard load() {
        try (InputStream in = HtcdsStandard.class.getResourceAsStream("/standards/htcds-2.0-fields.tsv")) {
            HtcdsStandard standard = new HtcdsStandard();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t", -1);
                standard.fields.put(c[1], new Field(c[0], c[1], c[2], c[3].equals("yes"), c[4],
                        c[5].isEmpty() ? List.of() : List.of(c[5].split("\\|"))));
            }
            return standard;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Field field(String name) {
        return fields.get(name);
    }

    public List<Field> fields() {
        return List.copyOf(fields.values());
    }

    /** Whether a value is one the field accepts (null is "explicitly empty" and always accepted). */
    public boolean accepts(Field field, Object value) {
        if (value == null) {
            return true;
        }
        if (field.multiselect()) {
            return value instanceof List<?> list && list.stream().allMatch(v -> acceptsOne(field, v));
        }
        return acceptsOne(field, value);
    }

    private boolean acceptsOne(Field field, Object value) {
        if (field.type().equals("Checkbox")) {
            return value instanceof Boolean;
        }
        if (field.type().equals("Date")) {
            try {
                LocalDate.parse(value.toString());
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }
        if (!(value instanceof String text)) {
            return false;
        }
        if (field.values().equals(List.of("ISO3166"))) {
            return COUNTRIES.contains(text);
        }
        return field.values().isEmpty() || field.values().contains(text);
    }

    /** Everything wrong with one exported section (a map, or each element of a list section). */
    public List<String> problems(String sectionKey, Object section) {
        List<String> problems = new ArrayList<>();
        Set<String> standardSections = SECTIONS.get(sectionKey);
        if (standardSections == null) {
            problems.add(sectionKey + ": not a section of the standard");
            return problems;
        }
        List<?> records = section instanceof List<?> list ? list : List.of(section);
        for (Object record : records) {
            Map<?, ?> map = (Map<?, ?>) record;
            map.forEach((name, value) -> {
                Field field = fields.get(name.toString());
                if (field == null || !standardSections.contains(field.section())) {
                    problems.add(sectionKey + "." + name + ": not a field of this section in HTCDS 2.0");
                } else if (field.status().equals("DEPRECATED")) {
                    problems.add(sectionKey + "." + name + ": deprecated in HTCDS 2.0");
                } else if (!accepts(field, value)) {
                    problems.add(sectionKey + "." + name + ": value " + value + " not in " + field.type() + " "
                            + field.values());
                }
            });
            if (!(section instanceof List<?>)) {
                fields.values().stream().filter(f -> f.core() && !f.status().equals("DEPRECATED")
                                && standardSections.contains(f.section()) && !map.containsKey(f.name()))
                        .forEach(f -> problems.add(sectionKey + "." + f.name() + ": core field missing"));
            }
        }
        return problems;
    }
}
