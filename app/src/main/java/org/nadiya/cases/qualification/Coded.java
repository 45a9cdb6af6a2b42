package org.nadiya.cases.qualification;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A value of the facts' JSON vocabulary: the constant {@code FORCED_LABOUR} is written {@code forced_labour}. */
public interface Coded {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & Coded> E parse(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        return null;
    }

    static <E extends Enum<E> & Coded> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
