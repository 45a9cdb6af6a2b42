package org.nadiya.kernel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A translatable piece of text: a bundle key and its arguments, rendered in the reader's language. Used as an
 * argument of another message (a stage's display name inside an error) and wherever a service returns words.
 */
public record Text(String key, List<Object> args) implements Serializable {

    public Text {
        if (key == null || !Problem.KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a message key: " + key);
        }
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Text of(String key, Object... args) {
        return new Text(key, args == null ? List.of() : Arrays.asList(args));
    }

    /** The display name of an enum constant: {@code prefix + "." + NAME}, e.g. {@code stage.SUSPECT}. */
    public static Text label(String prefix, Enum<?> value) {
        return new Text(prefix + "." + value.name(), List.of());
    }

    /** The display names of several enum constants, shown joined by commas. */
    public static List<Text> labels(String prefix, java.util.Collection<? extends Enum<?>> values) {
        return values.stream().<Text>map(v -> label(prefix, v)).toList();
    }

    public String text(Locale locale) {
        return Bundles.text(locale, key, args.toArray());
    }

    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }
}
