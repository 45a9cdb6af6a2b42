package org.nadiya.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every code the money-flow engine's statement readers give a problem ({@code "amount.not-number"} …) has its text
 * in both bundles as {@code error.flow.<code>}, so no engine sentence in English reaches a Ukrainian page.
 */
class FlowBundlesTest {

    private static final Pattern CODE = Pattern.compile("\"([a-z]+(?:\\.[a-z]+(?:-[a-z]+)*)+)\"");

    private static Set<String> codes() throws IOException {
        Path engine = Path.of("..", "flow", "src", "main", "java", "org", "nadiya", "flow");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(engine.resolve("ingest")),
                Stream.of(engine.resolve("Money.java"), engine.resolve("FlowEngine.java")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src", "main", "resources", name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void everyStatementProblemCodeHasItsTextInBothLanguages() throws IOException {
        Set<String> codes = codes();
        assertThat(codes).contains("amount.not-number", "date.invalid", "header.not-found", "xml.other-message",
                "account.mismatch", "entry.not-booked").hasSizeGreaterThan(40);
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties bundle = bundle(name);
            assertThat(codes).as(name).allSatisfy(code -> assertThat(bundle).containsKey("error.flow." + code));
        }
    }
}
