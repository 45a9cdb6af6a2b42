package org.nadiya.match.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Forms of one given name across Ukrainian, Russian and foreign usage (Олександр, Александр, Alexander) and its
 * diminutives (Саша), read from given-names.txt: one name a line, "forms | diminutives". A reading maps to the
 * groups it belongs to; a diminutive is only weak evidence (Женя is Євген or Євгенія).
 */
final class GivenNames {

    private static final int[] NONE = new int[0];
    private static final GivenNames INSTANCE = load();

    private final Map<String, int[]> full = new HashMap<>();
    private final Map<String, int[]> diminutive = new HashMap<>();
    private final Map<String, int[]> stems = new HashMap<>();

    static GivenNames instance() {
        return INSTANCE;
    }

    int[] fullGroups(String reading) {
        return full.getOrDefault(reading, NONE);
    }

    int[] diminutiveGroups(String reading) {
        return diminutive.getOrDefault(reading, NONE);
    }

    /** Groups whose name a patronymic's stem comes from (Сергеевич, Сергійович, Sergejewitsch: serg = Сергій). */
    int[] stemGroups(String stem) {
        return stems.getOrDefault(stem(stem), NONE);
    }

    /** A reading without its final vowels and й: what a patronymic keeps of the father's name. */
    static String stem(String reading) {
        int end = reading.length();
        while (end > 2 && "aeiouj".indexOf(reading.charAt(end - 1)) >= 0) {
            end--;
        }
        return reading.substring(0, end);
    }

    private static GivenNames load() {
        var names = new GivenNames();
        var stream = GivenNames.class.getResourceAsStream("given-names.txt");
        if (stream == null) {
            throw new IllegalStateException("given-names.txt is missing from the match engine");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            int group = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] halves = line.split("\\|", 2);
                add(names.full, halves[0], group, false);
                add(names.stems, halves[0], group, true);
                if (halves.length > 1) {
                    add(names.diminutive, halves[1], group, false);
                }
                group++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static void put(Map<String, int[]> map, String key, int group) {
        int[] groups = map.getOrDefault(key, NONE);
        if (java.util.Arrays.stream(groups).noneMatch(g -> g == group)) {
            int[] grown = java.util.Arrays.copyOf(groups, groups.length + 1);
            grown[groups.length] = group;
            map.put(key, grown);
        }
    }

    /** Maps each reading of each form to the group; {@code stems}: the reading's stem instead (patronymics). */
    private static void add(Map<String, int[]> map, String forms, int group, boolean stems) {
        for (String form : forms.split(",")) {
            if (form.isBlank()) {
                continue;
            }
            for (String reading : Readings.of(form.strip())) {
                put(map, stems ? stem(reading) : reading, group);
            }
        }
    }
}
