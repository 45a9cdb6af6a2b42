package org.nadiya.kernel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One thing wrong with the input: the field it concerns (the form control's name, or {@code null} for the
 * whole form), a message key of the bundles and the key's arguments (the value given, the limits…).
 * Arguments may be {@link Text} (translated when shown), dates and numbers (formatted for the reader's language).
 */
public record Problem(String field, String key, List<Object> args) implements Serializable {

    /** A key is dotted lower-camel words, e.g. {@code error.cases.erdrNumber.digits}; never a sentence. */
    public static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)+");

    public Problem {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a message key: " + key);
        }
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Problem of(String field, String key, Object... args) {
        return new Problem(field, key, args == null ? List.of() : Arrays.asList(args));
    }

    /** The arguments as an array, as Thymeleaf's {@code #messages.msgWithParams} takes them. */
    public Object[] argsArray() {
        return args.toArray();
    }

    /** The message in the given language. */
    public String text(java.util.Locale locale) {
        return Bundles.text(locale, key, argsArray());
    }
}
