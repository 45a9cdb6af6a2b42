package org.nadiya.match.persons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PersonDeduplicatorTest {

    private static final String[][] PEOPLE = {
        {"Олександр Ковальчук", "Oleksandr Kovalchuk", "Kowaltschuk Aleksandr"},
        {"Тетяна Мельник", "Tetiana Melnyk", "Tatiana Melnik"},
        {"Андрій Шевченко", "Andrij Schewtschenko", "Andriy Shevchenko"},
        {"Тарас Шевченко", "Taras Shevchenko", "Taras Szewczenko"},
        {"Юлія Бондаренко", "Yulia Bondarenko", "Julia Bondarenko"},
        {"Марія Ткаченко", "Mariia Tkachenko", "Maria Tkaczenko"},
        {"Іван Петренко", "Ivan Petrenko", "Iwan Petrenko"},
        {"Наталія Кравчук", "Nataliia Kravchuk", "Natalia Krawczuk"}};

    @Test
    void spellingsOfOnePersonWithADateOfBirthFormOneClusterThatShowsItsEvidence() {
        List<PersonRecord> records = new ArrayList<>();
        for (int p = 0; p < PEOPLE.length; p++) {
            for (String spelling : PEOPLE[p]) {
                records.add(PersonRecord.of(String.valueOf(records.size()), spelling, BirthDate.parse("1990-01-" + (10 + p)), Set.of()));
            }
        }
        var clusters = new PersonDeduplicator().run(records);
        for (int p = 0; p < PEOPLE.length; p++) {
            for (int s = 0; s < 3; s++) {
                assertThat(clusters.cluster()[p * 3 + s]).as(PEOPLE[p][s]).isEqualTo(p * 3);
            }
        }
        // A cluster of three records is a tree of two joins, each with its evidence.
        assertThat(clusters.joins()).hasSize(PEOPLE.length * 2)
                .allSatisfy(j -> assertThat(j.evidence()).contains("date of birth exact").anyMatch(e -> e.startsWith("name ")));
    }

    @Test
    void namesAloneNeverMerge() {
        List<PersonRecord> records = new ArrayList<>();
        for (String[] person : PEOPLE) {
            for (String spelling : person) {
                records.add(PersonRecord.of(String.valueOf(records.size()), spelling, null, Set.of()));
            }
        }
        var clusters = new PersonDeduplicator().run(records);
        for (int i = 0; i < records.size(); i++) {
            assertThat(clusters.cluster()[i]).isEqualTo(i);
        }
        assertThat(clusters.joins()).isEmpty();
    }

    /** Oracle: blocking may only lose matches, never invent them; the naive run compares every pair. */
    @Test
    void blockedClustersRefineTheClustersOfComparingEveryPair() {
        long seed = 7L;
        Random random = new Random(seed);
        List<PersonRecord> records = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String[] person = PEOPLE[random.nextInt(PEOPLE.length)];
            String name = person[random.nextInt(person.length)];
            String dob = random.nextBoolean() ? null : (1980 + random.nextInt(3)) + "-0" + (1 + random.nextInt(3)) + "-1" + random.nextInt(3);
            records.add(PersonRecord.of("r" + i, name, dob == null ? null : BirthDate.parse(dob), Set.of()));
        }
        int[] blocked = new PersonDeduplicator().run(records).cluster();
        int[] naive = naiveClusters(records);
        for (int i = 0; i < records.size(); i++) {
            for (int j = i + 1; j < records.size(); j++) {
                if (blocked[i] == blocked[j]) {
                    assertThat(naive[i]).as("seed %d, records %d and %d", seed, i, j).isEqualTo(naive[j]);
                }
            }
        }
    }

    private static int[] naiveClusters(List<PersonRecord> records) {
        var matcher = new PersonMatcher();
        int[] cluster = new int[records.size()];
        for (int i = 0; i < cluster.length; i++) {
            cluster[i] = i;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < cluster.length; i++) {
                for (int j = i + 1; j < cluster.length; j++) {
                    if (cluster[i] != cluster[j] && matcher.match(records.get(i), records.get(j)).match()) {
                        int from = Math.max(cluster[i], cluster[j]);
                        int to = Math.min(cluster[i], cluster[j]);
                        for (int k = 0; k < cluster.length; k++) {
                            if (cluster[k] == from) {
                                cluster[k] = to;
                            }
                        }
                        changed = true;
                    }
                }
            }
        }
        return cluster;
    }
}
