package org.nadiya.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nadiya.identification.indicators.AgeBand;
import org.nadiya.identification.indicators.Answer;
import org.nadiya.identification.indicators.Catalogue;
import org.nadiya.identification.indicators.CatalogueReader;
import org.nadiya.identification.indicators.Indicator;
import org.nadiya.identification.indicators.Scoring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks an indicator catalogue and scores answers with it; no Spring context and no database are needed. */
@Command(name = "identify", mixinStandardHelpOptions = true,
        description = {"Checks the indicator catalogue of the screening of potential victims (the shipped one, or",
                "--catalogue FILE being edited) and, with --answers FILE, scores one screening:",
                "{\"age\":\"ADULT|AGE_14_17|UNDER_14|UNCLEAR\",\"answers\":{\"ilo.debt\":\"YES\",...}}.",
                "Prints one JSON object (see docs/identification.md). Guidance, never a verdict.",
                "Exits 2 with the place of the mistake when the catalogue or the answers are not valid."})
class IdentifyCommand implements Callable<Integer> {

    @Option(names = "--catalogue", paramLabel = "FILE", description = "catalogue YAML (default: the shipped one)")
    Path catalogueFile;

    @Option(names = "--answers", paramLabel = "FILE", description = "one screening's age and answers as JSON")
    Path answersFile;

    @Option(names = "--lang", paramLabel = "uk|en", defaultValue = "uk", description = "language of the steps")
    String language;

    @Override
    public Integer call() throws IOException {
        Catalogue catalogue = catalogue();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("catalogueVersion", catalogue.version());
        out.put("groups", catalogue.groups().size());
        out.put("indicators", catalogue.indicators().size());
        out.put("steps", catalogue.steps().size());
        if (answersFile != null) {
            var node = parse(answersFile);
            var a = new Scoring(catalogue).assess(answers(node), age(node));
            out.put("signal", a.signal().name());
            out.put("childPath", a.childPath());
            out.put("score", a.score());
            out.put("unknowns", a.unknowns());
            out.put("led", a.led().stream().map(Indicator::id).toList());
            out.put("nextSteps", a.steps().stream().map(s -> Map.of("id", s.id(), "text", s.text().in(language))).toList());
        }
        System.out.println(Json.object(out));
        return 0;
    }

    private Catalogue catalogue() throws IOException {
        if (catalogueFile == null) {
            try (InputStream in = IdentifyCommand.class.getResourceAsStream("/identification/indicators.yaml")) {
                return CatalogueReader.read(in);
            }
        }
        try (InputStream in = Files.newInputStream(catalogueFile)) {
            return CatalogueReader.read(in);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--catalogue: no such file: " + catalogueFile);
        }
    }

    private static JsonNode parse(Path file) throws IOException {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--answers: no such file: " + file);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("--answers: not valid JSON at line " + e.getLocation().getLineNr());
        }
    }

    private static AgeBand age(JsonNode node) {
        return choice(node.path("age"), "age", AgeBand.class);
    }

    private static Map<String, Answer> answers(JsonNode node) {
        Map<String, Answer> answers = new HashMap<>();
        JsonNode raw = node.path("answers");
        if (!raw.isMissingNode() && !raw.isObject()) {
            throw new IllegalArgumentException("answers: must be an object of indicator id to YES, NO or UNKNOWN");
        }
        raw.properties().forEach(e -> answers.put(e.getKey(), choice(e.getValue(), "answers." + e.getKey(), Answer.class)));
        return answers;
    }

    private static <E extends Enum<E>> E choice(JsonNode value, String field, Class<E> type) {
        try {
            return Enum.valueOf(type, value.asString("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": use one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
