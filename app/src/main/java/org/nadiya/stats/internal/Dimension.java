package org.nadiya.stats.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A way to break a table down. With categories, every category is shown, zeros included (an enum's values, bands);
 * without, the categories are those that occur (regions, citizenships, years). Labels come from the message
 * bundles when a prefix is given, else the category is shown as it is (codes, bands).
 */
record Dimension(String name, List<String> categories, String labelPrefix) {

    static Dimension observed(String name) {
        return new Dimension(name, List.of(), null);
    }

    static Dimension of(String name, String... categories) {
        return new Dimension(name, List.of(categories), null);
    }

    /** The enum's values, labelled with the message keys the owning module already has ({@code prefix + NAME}). */
    static Dimension of(String name, Class<? extends Enum<?>> type, String labelPrefix) {
        return new Dimension(name, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(), labelPrefix);
    }

    static Dimension yesNo(String name) {
        return new Dimension(name, List.of("YES", "NO"), "stats.yesno.");
    }
}
