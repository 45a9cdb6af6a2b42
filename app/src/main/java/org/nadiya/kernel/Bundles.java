package org.nadiya.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * The message bundles ({@code messages.properties}: Ukrainian, the default; {@code messages_en.properties}:
 * English), formatted with ICU message format so that plural forms follow each language's rules (Ukrainian has
 * one/few/many: "1 переказ", "4 перекази", "5 переказів"). Arguments that are {@link Text} are translated;
 * dates and times go through {@link Formats}. A message with no arguments is returned as written.
 */
public final class Bundles {

    public static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    private static final Map<String, Properties> LOADED = new ConcurrentHashMap<>();

    private Bundles() {
    }

    /** English for an English locale, otherwise Ukrainian. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : UKRAINIAN;
    }

    /** The pattern of a key in the language, if the bundle has it. */
    public static Optional<String> pattern(Locale locale, String key) {
        return Optional.ofNullable(bundle(supported(locale)).getProperty(key));
    }

    /** The formatted message; the key itself when the bundle lacks it (a test keeps every key in both bundles). */
    public static String text(Locale locale, String key, Object... args) {
        return pattern(locale, key).map(p -> format(locale, p, args)).orElse(key);
    }

    /**
     * The messages whose keys start with {@code prefix}, by the rest of the key, as written (for catalogues kept in
     * the bundles, e.g. the names of audit actions).
     */
    public static java.util.SortedMap<String, String> withPrefix(Locale locale, String prefix) {
        var found = new java.util.TreeMap<String, String>();
        bundle(supported(locale)).forEach((key, value) -> {
            if (key.toString().startsWith(prefix)) {
                found.put(key.toString().substring(prefix.length()), value.toString());
            }
        });
        return found;
    }

    /** Formats a pattern with ICU message format in the language, translating and formatting the arguments. */
    public static String format(Locale locale, String pattern, Object... args) {
        if (args == null || args.length == 0) {
            return pattern;
        }
        Locale language = supported(locale);
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(language, args[i]);
        }
        return new MessageFormat(pattern, ULocale.forLocale(language)).format(shown);
    }

    private static Object shown(Locale locale, Object arg) {
        if (arg instanceof Text text) {
            return text.text(locale);
        }
        if (arg instanceof LocalDate date) {
            return Formats.date(date, locale);
        }
        if (arg instanceof Instant || arg instanceof OffsetDateTime || arg instanceof ZonedDateTime) {
            return Formats.dateTime((java.time.temporal.TemporalAccessor) arg, locale);
        }
        if (arg == null) {
            return "—";
        }
        if (arg instanceof java.util.Collection<?> items) {
            return items.stream().map(item -> String.valueOf(shown(locale, item)))
                    .collect(java.util.stream.Collectors.joining("; "));
        }
        return arg;
    }

    private static Properties bundle(Locale locale) {
        String resource = Locale.ENGLISH.equals(locale) ? "/messages_en.properties" : "/messages.properties";
        return LOADED.computeIfAbsent(resource, Bundles::load);
    }

    private static Properties load(String resource) {
        var properties = new Properties();
        try (InputStream in = Bundles.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return properties;
    }
}
