package org.nadiya.match.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class IdentifierIndexTest {

    /** Oracle: a plain map of sets gives the same owners for hits and misses, while the table grows. */
    @Test
    void agreesWithAMapOfSets() {
        long seed = 42L;
        Random random = new Random(seed);
        var index = new IdentifierIndex(8);
        Map<String, Set<Integer>> naive = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            String key = "PHONE:+38067" + (1_000_000 + random.nextInt(5_000));
            int owner = random.nextInt(300);
            index.add(key, owner);
            naive.computeIfAbsent(key, k -> new TreeSet<>()).add(owner);
        }
        for (int i = 0; i < 10_000; i++) {
            String key = "PHONE:+38067" + (1_000_000 + random.nextInt(10_000));
            Set<Integer> found = new TreeSet<>();
            for (int owner : index.owners(key)) {
                found.add(owner);
            }
            assertThat(found).as("seed %d, key %s", seed, key).isEqualTo(naive.getOrDefault(key, Set.of()));
        }
        assertThat(index.size()).isEqualTo(naive.values().stream().mapToInt(Set::size).sum());
    }
}
