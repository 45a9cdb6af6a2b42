package org.nadiya.stats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CTDC's variables and codes (test data {@code standards/ctdc-global-dataset.tsv}) and the check a research export
 * must pass: every column a CTDC variable (or Nadiya's named extra), every value one of its codes or -99.
 */
public final class CtdcCodebook {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private record Variable(boolean multi, List<String> codes) {
    }

    private final Map<String, Variable> variables = new LinkedHashMap<>();

    public static CtdcCodebook load() {
        try (InputStream in = CtdcCodebook.class.getResourceAsStream("/standards/ctdc-global-dataset.tsv")) {
            CtdcCodebook codebook = new CtdcCodebook();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank() || line.startsWith("variable\t")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                boolean multi = c[1].startsWith("multi:");
                codebook.variables.put(c[0], new Variable(multi, List.of(c[1].replace("multi:", "").split("\\|"))));
            }
            return codebook;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean has(String variable) {
        return variables.containsKey(variable);
    }

    /** Everything wrong with a table of the given columns; {@code extras} are columns allowed outside the codebook. */
    public List<String> problems(List<String> columns, List<List<String>> rows, Set<String> extras) {
        List<String> problems = new ArrayList<>();
        for (String column : columns) {
            if (!variables.containsKey(column) && !extras.contains(column)) {
                problems.add(column + ": not a CTDC variable");
            }
        }
        for (List<String> row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                Variable variable = variables.get(columns.get(i));
                String value = row.get(i);
                if (variable != null && !accepts(variable, value)) {
                    problems.add(columns.get(i) + ": " + value + " is not a CTDC code");
                }
            }
        }
        return problems;
    }

    private static boolean accepts(Variable variable, String value) {
        if (value.equals(CtdcValues.MISSING)) {
            return true;
        }
        List<String> parts = variable.multi() ? List.of(value.split(";", -1)) : List.of(value);
        return parts.stream().allMatch(part -> switch (variable.codes().get(0)) {
            case "ISO3166" -> COUNTRIES.contains(part);
            case "YEAR" -> part.matches("(19|20)\\d\\d");
            default -> variable.codes().contains(part);
        });
    }
}
