package org.nadiya.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

/**
 * Every error reaches the user from the bundles: each {@code new InvalidInputException(field, key, ...)} in the
 * sources names a key (never an English sentence), every key named in the sources is in both bundles, and every
 * pattern of both bundles is valid ICU message format.
 */
class ErrorKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CALL = Pattern.compile("new InvalidInputException\\(");
    private static final Pattern ERROR_KEY_LITERAL = Pattern.compile("\"(error\\.[A-Za-z0-9_.-]*[A-Za-z0-9])\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Properties uk = load("/messages.properties");
    private final Properties en = load("/messages_en.properties");

    @Test
    void everyCallSiteNamesAKeyNotASentence() throws IOException {
        List<String> sentences = new ArrayList<>();
        int calls = 0;
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            Matcher call = CALL.matcher(source);
            while (call.find()) {
                List<String> args = arguments(source, call.end() - 1);
                calls++;
                if (args.size() < 2) {
                    continue; // new InvalidInputException(problems)
                }
                // the message argument: its string literals (both branches of a ?: included) must all be keys
                Matcher literal = STRING_LITERAL.matcher(args.get(1));
                while (literal.find()) {
                    if (!Problem.KEY.matcher(literal.group(1)).matches()) {
                        sentences.add(SOURCES.relativize(file) + ": " + args.get(1).strip());
                    }
                }
                if (!args.get(1).contains("\"") && !args.get(1).strip().matches("[a-z][A-Za-z]*")) {
                    sentences.add(SOURCES.relativize(file) + ": message built from " + args.get(1).strip());
                }
            }
        }
        assertThat(calls).as("call sites found").isGreaterThan(300);
        assertThat(sentences).as("call sites that pass a sentence instead of a message key").isEmpty();
    }

    @Test
    void everyErrorKeyOfTheSourcesIsInBothBundles() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher key = ERROR_KEY_LITERAL.matcher(Files.readString(file));
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        assertThat(keys).hasSizeGreaterThan(300);
        assertThat(keys.stream().filter(k -> !uk.containsKey(k))).as("error keys missing from messages.properties").isEmpty();
        assertThat(keys.stream().filter(k -> !en.containsKey(k))).as("error keys missing from messages_en.properties").isEmpty();
    }

    @Test
    void everyPatternIsValidIcuAndBothLanguagesTakeTheSameArguments() {
        List<String> bad = new ArrayList<>();
        for (String key : uk.stringPropertyNames()) {
            String ukPattern = uk.getProperty(key);
            String enPattern = en.getProperty(key);
            try {
                var ukFormat = new MessageFormat(ukPattern, ULocale.forLanguageTag("uk"));
                if (enPattern != null) {
                    var enFormat = new MessageFormat(enPattern, ULocale.ENGLISH);
                    if (key.startsWith("error.") && ukFormat.getArgumentNames().size() > enFormat.getArgumentNames().size()) {
                        bad.add(key + ": the Ukrainian text uses an argument the English one does not");
                    }
                }
            } catch (IllegalArgumentException e) {
                bad.add(key + ": " + e.getMessage());
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void ukrainianHasThreePluralForms() {
        String pattern = "{0, plural, one {# рядок} few {# рядки} many {# рядків} other {# рядка}}";
        assertThat(Bundles.format(Bundles.UKRAINIAN, pattern, 1)).isEqualTo("1 рядок");
        assertThat(Bundles.format(Bundles.UKRAINIAN, pattern, 4)).isEqualTo("4 рядки");
        assertThat(Bundles.format(Bundles.UKRAINIAN, pattern, 5)).isEqualTo("5 рядків");
        assertThat(Bundles.format(Bundles.UKRAINIAN, pattern, 21)).isEqualTo("21 рядок");
        assertThat(Bundles.format(Bundles.UKRAINIAN, pattern, 11)).isEqualTo("11 рядків");
        assertThat(Bundles.text(Bundles.UKRAINIAN, "error.training.file.rejected", 3)).startsWith("3 рядки мають помилки");
        assertThat(Bundles.text(Locale.ENGLISH, "error.training.file.rejected", 1)).startsWith("1 row has errors");
    }

    @Test
    void argumentsAreTranslatedAndFormattedForTheReader() {
        var e = new InvalidInputException("stage", "error.cases.stage.resume", Text.label("stage", Enum.valueOf(
                org.nadiya.cases.Stage.class, "SUSPICION_NOTIFIED")));
        assertThat(e.problems().get(0).text(Bundles.UKRAINIAN)).contains("«повідомлено про підозру»")
                .doesNotContain("SUSPICION_NOTIFIED");
        assertThat(e.getMessage()).startsWith("stage: ").doesNotContain("SUSPICION_NOTIFIED");
        assertThat(Bundles.text(Bundles.UKRAINIAN, "error.cases.on.future", java.time.LocalDate.of(2031, 3, 5)))
                .contains("05.03.2031");
        assertThat(Bundles.text(Locale.ENGLISH, "error.cases.on.future", java.time.LocalDate.of(2031, 3, 5)))
                .contains("5 Mar 2031");
    }

    @Test
    void aSentenceIsRefusedWhereAKeyBelongs() {
        assertThatThrownBy(() -> new InvalidInputException("name", "give the name")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    /** The top-level arguments of the call whose opening parenthesis is at {@code open}. */
    static List<String> arguments(String source, int open) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i++;
                while (source.charAt(i) != '"') {
                    if (source.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
            } else if (c == '\'') {
                i = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    args.add(source.substring(start, i));
                    return args;
                }
            } else if (c == ',' && depth == 1) {
                args.add(source.substring(start, i));
                start = i + 1;
            }
        }
        throw new IllegalStateException("unbalanced call at " + open);
    }

    private static Properties load(String resource) {
        var properties = new Properties();
        try (var in = new InputStreamReader(ErrorKeysTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
