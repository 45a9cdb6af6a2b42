package org.nadiya.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nadiya.stats.disclosure.DisclosureControl;
import org.nadiya.stats.disclosure.ProtectedTable;

/**
 * The attack of issue 15 point 3, run over every query a user can make: every table by one or two dimensions,
 * filtered by every combination of the other dimensions' values. Each published cell is a statement about the
 * persons of one conjunction of values ("women in UA-05 in 2024"); the attacker writes it as a linear equation over
 * the finest cells and eliminates.
 */
class DifferencingAttackTest {

    private static final StatsTable VICTIMS = new StatsTable("victims", "person", (from, to) -> List.of(), List.of(
            Dimension.of("sex", "FEMALE", "MALE", "UNKNOWN"), Dimension.observed("region"),
            Dimension.of("kind", "VICTIM", "WITNESS"), Dimension.observed("year")));
    private static final Map<String, List<String>> DOMAIN = new LinkedHashMap<>();

    static {
        DOMAIN.put("sex", List.of("FEMALE", "MALE", "UNKNOWN"));
        DOMAIN.put("region", List.of("UA-05", "UA-46", "UA-53", "UA-68"));
        DOMAIN.put("kind", List.of("VICTIM", "WITNESS"));
        DOMAIN.put("year", List.of("2023", "2024", "2025"));
    }

    @Test
    void perTableSuppressionIsUndoneByDifferencing() {
        int recovered = 0;
        for (int seed = 1; seed <= 10; seed++) {
            List<Fact> people = population(seed);
            var attack = new Attack(people);
            for (var query : queries()) {
                List<Fact> filtered = people.stream().filter(f -> matches(f, query.filters())).toList();
                ProtectedTable table = Aggregates.tabulate(VICTIMS, filtered, query.by(), DisclosureControl.standard());
                for (int cell = 0; cell < table.cellCount(); cell++) {
                    Map<String, String> conjunction = new HashMap<>(query.filters());
                    List<String> key = table.key(cell);
                    for (int d = 0; d < key.size(); d++) {
                        if (!key.get(d).equals("TOTAL")) {
                            conjunction.put(table.dimensions().get(d), key.get(d));
                        }
                    }
                    Long shown = table.shown(cell);
                    if (shown != null) {
                        attack.equation(conjunction, shown);
                    }
                }
            }
            Map<Map<String, String>, Long> found = attack.recoverSmallCells();
            System.out.println("seed " + seed + ": " + people.size() + " persons, recovered " + found.size()
                    + " cells under 5, e.g. " + found.entrySet().stream().limit(3).toList());
            recovered += found.size();
        }
        assertThat(recovered).isPositive();
    }

    record Query(List<String> by, Map<String, String> filters) {
    }

    /** Every table by one or two dimensions, with every combination of values of any of the other dimensions. */
    static List<Query> queries() {
        List<String> dims = List.copyOf(DOMAIN.keySet());
        List<List<String>> bys = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            bys.add(List.of(dims.get(i)));
            for (int j = i + 1; j < dims.size(); j++) {
                bys.add(List.of(dims.get(i), dims.get(j)));
            }
        }
        List<Query> queries = new ArrayList<>();
        for (List<String> by : bys) {
            List<String> others = dims.stream().filter(d -> !by.contains(d)).toList();
            for (Map<String, String> filters : filterCombinations(others, 0, new LinkedHashMap<>())) {
                queries.add(new Query(by, filters));
            }
        }
        return queries;
    }

    private static List<Map<String, String>> filterCombinations(List<String> dims, int i, Map<String, String> so) {
        if (i == dims.size()) {
            return List.of(Map.copyOf(so));
        }
        List<Map<String, String>> all = new ArrayList<>(filterCombinations(dims, i + 1, so));
        for (String value : DOMAIN.get(dims.get(i))) {
            so.put(dims.get(i), value);
            all.addAll(filterCombinations(dims, i + 1, so));
            so.remove(dims.get(i));
        }
        return all;
    }

    static boolean matches(Fact fact, Map<String, String> conjunction) {
        return conjunction.entrySet().stream().allMatch(e -> fact.of(e.getKey()).contains(e.getValue()));
    }

    /** A seeded population with the skew of real registers: one large region, few witnesses, few of unknown sex. */
    static List<Fact> population(long seed) {
        var random = new Random(seed);
        int n = 30 + random.nextInt(70);
        List<Fact> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = random.nextInt(10);
            String region = r < 5 ? "UA-05" : r < 8 ? "UA-46" : r < 9 ? "UA-53" : "UA-68";
            int s = random.nextInt(20);
            String sex = s < 12 ? "FEMALE" : s < 19 ? "MALE" : "UNKNOWN";
            String kind = random.nextInt(6) == 0 ? "WITNESS" : "VICTIM";
            String year = DOMAIN.get("year").get(random.nextInt(3));
            people.add(new Fact(LocalDate.of(Integer.parseInt(year), 6, 1), Map.of("sex", List.of(sex),
                    "region", List.of(region), "kind", List.of(kind), "year", List.of(year))));
        }
        return people;
    }

    /**
     * Linear elimination over the finest cells (one per combination of every dimension's values): each published
     * count is an equation; a conjunction is recovered when its indicator vector lies in the span of the equations.
     * Arithmetic modulo a large prime keeps it exact (counts are small, coefficients 0 and 1).
     */
    static final class Attack {

        private static final long P = 1_000_000_007L;
        private final List<Fact> people;
        private final List<Map<String, String>> atoms = new ArrayList<>();
        private final List<long[]> basis = new ArrayList<>();
        private final List<Integer> pivots = new ArrayList<>();

        Attack(List<Fact> people) {
            this.people = people;
            atoms.addAll(filterCombinations(List.copyOf(DOMAIN.keySet()), 0, new LinkedHashMap<>()).stream()
                    .filter(m -> m.size() == DOMAIN.size()).toList());
        }

        /** The finest cells a conjunction covers, as a 0/1 row with the value appended. */
        long[] row(Map<String, String> conjunction, long value) {
            long[] row = new long[atoms.size() + 1];
            for (int a = 0; a < atoms.size(); a++) {
                Map<String, String> atom = atoms.get(a);
                row[a] = conjunction.entrySet().stream().allMatch(e -> e.getValue().equals(atom.get(e.getKey()))) ? 1 : 0;
            }
            row[atoms.size()] = Math.floorMod(value, P);
            return row;
        }

        void equation(Map<String, String> conjunction, long value) {
            long[] row = reduce(row(conjunction, value));
            int pivot = firstNonZero(row);
            if (pivot < 0) {
                return;
            }
            long inverse = power(row[pivot], P - 2);
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j] * inverse % P;
            }
            for (long[] other : basis) {
                long factor = other[pivot];
                if (factor != 0) {
                    for (int j = 0; j < row.length; j++) {
                        other[j] = Math.floorMod(other[j] - factor * row[j] % P, P);
                    }
                }
            }
            basis.add(row);
            pivots.add(pivot);
        }

        /** The value the equations fix for the conjunction, or null when they do not fix it. */
        Long solve(Map<String, String> conjunction) {
            long[] row = reduce(row(conjunction, 0));
            if (firstNonZero(row) >= 0) {
                return null;
            }
            long v = Math.floorMod(-row[atoms.size()], P);
            return v > P / 2 ? v - P : v;
        }

        /** Every conjunction of values (finest cells, margins) whose true count is 1 to 4 and whose value is fixed. */
        Map<Map<String, String>, Long> recoverSmallCells() {
            Map<Map<String, String>, Long> found = new LinkedHashMap<>();
            for (Map<String, String> conjunction : filterCombinations(List.copyOf(DOMAIN.keySet()), 0,
                    new LinkedHashMap<>())) {
                long truth = people.stream().filter(f -> matches(f, conjunction)).count();
                if (truth < 1 || truth > 4) {
                    continue;
                }
                Long value = solve(conjunction);
                if (value != null) {
                    assertThat(value).as("an exact equation system cannot give a wrong value").isEqualTo(truth);
                    found.put(conjunction, value);
                }
            }
            return found;
        }

        private long[] reduce(long[] row) {
            for (int i = 0; i < basis.size(); i++) {
                long factor = row[pivots.get(i)];
                if (factor != 0) {
                    long[] b = basis.get(i);
                    for (int j = 0; j < row.length; j++) {
                        row[j] = Math.floorMod(row[j] - factor * b[j] % P, P);
                    }
                }
            }
            return row;
        }

        private int firstNonZero(long[] row) {
            for (int j = 0; j < atoms.size(); j++) {
                if (row[j] != 0) {
                    return j;
                }
            }
            return -1;
        }

        private static long power(long base, long exponent) {
            long result = 1;
            base %= P;
            while (exponent > 0) {
                if ((exponent & 1) == 1) {
                    result = result * base % P;
                }
                base = base * base % P;
                exponent >>= 1;
            }
            return result;
        }
    }
}
