package org.nadiya.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;
import org.nadiya.disclosure.CellKeyMethod;
import org.nadiya.disclosure.CellStatus;
import org.nadiya.disclosure.PublishedTable;
import org.nadiya.disclosure.RecordKeys;
import org.nadiya.disclosure.Unit;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.stats.legacy.CountTable;
import org.nadiya.stats.legacy.DisclosureControl;
import org.nadiya.stats.legacy.ProtectedTable;

/**
 * The attack of issue 15 point 3, run over every query a user can make: every table by one or two dimensions,
 * filtered by every combination of the other dimensions' values and every period the API accepts. Each published
 * cell is a statement about the persons of one conjunction of values ("women in UA-05 in 2024"); the attacker writes
 * it over the finest cells (one per combination of every dimension's values) and solves:
 * <ul>
 *   <li>linear elimination over the exact equations, as the researcher of the issue did by hand;</li>
 *   <li>linear programming over everything the method's public rules let a reader infer (a cell published as 0 is
 *   empty; a number carries a noise of at most {@value CellKeyMethod#MAX_NOISE} either way; "&lt;5" is a count from
 *   1 to 4 + {@value CellKeyMethod#MAX_NOISE}; counts are never negative): a cell is recovered when its smallest and
 *   largest possible values meet.</li>
 * </ul>
 * A cell under 5 counts as recovered only when its value is certain. The per-table suppression published until
 * decision 0036 ({@code org.nadiya.stats.legacy}, unchanged) loses hundreds of cells to the same solver.
 */
class DifferencingAttackTest {

    private static final RecordKeys KEYS = new RecordKeys("differencing attack test secret".getBytes());
    private static final StatsTable VICTIMS = new StatsTable("victims", "person", (from, to) -> List.of(), List.of(
            Dimension.of("sex", "FEMALE", "MALE", "UNKNOWN"), Dimension.observed("region"),
            Dimension.of("kind", "VICTIM", "WITNESS"), Dimension.observed("year")));
    private static final Map<String, List<String>> DOMAIN = new LinkedHashMap<>();
    private static final int POPULATIONS = 8;

    static {
        DOMAIN.put("sex", List.of("FEMALE", "MALE", "UNKNOWN"));
        DOMAIN.put("region", List.of("UA-05", "UA-46", "UA-53", "UA-68"));
        DOMAIN.put("kind", List.of("VICTIM", "WITNESS"));
        DOMAIN.put("year", List.of("2023", "2024", "2025"));
    }

    @Test
    void perTableSuppressionIsUndoneByDifferencing() {
        int recovered = 0;
        for (int seed = 1; seed <= POPULATIONS; seed++) {
            List<Unit> people = population(seed);
            var attack = new Attack(people);
            for (var query : allQueries()) {
                List<Unit> filtered = people.stream().filter(u -> u.matches(query.filters())).toList();
                ProtectedTable table = legacy(filtered, query.by());
                for (int cell = 0; cell < table.cellCount(); cell++) {
                    Long shown = table.shown(cell);
                    attack.publish(query.conjunction(table.dimensions(), table.key(cell)),
                            shown == null ? Range.ANY : new Range(shown, shown));
                }
            }
            var found = attack.recoverSmallCells();
            System.out.println("per-table suppression, population " + seed + " (" + people.size() + " persons): "
                    + found.size() + " cells under 5 recovered, e.g. " + found.entrySet().stream().limit(3).toList());
            recovered += found.size();
        }
        assertThat(recovered).as("the solver works: it breaks the old method").isGreaterThan(100);
    }

    @Test
    void theCellKeyMethodLeavesNoCellUnderFiveRecoverable() {
        int queries = 0;
        int recovered = 0;
        int smallCells = 0;
        for (int seed = 1; seed <= POPULATIONS; seed++) {
            List<Unit> people = population(seed);
            var attack = new Attack(people);
            Map<Map<String, String>, CellKeyMethod.Cell> seen = new HashMap<>();
            for (var query : allQueries()) {
                Map<String, String> params = new HashMap<>(query.filters());
                params.put("by", String.join(",", query.by()));
                String year = params.remove("year");
                if (year != null) {
                    // the period is one calendar year, which the API takes as period=YYYY besides three dimensions
                    params.put("period", year);
                }
                try {
                    StatsQuery.parse(VICTIMS, params);
                } catch (InvalidInputException refused) {
                    if (year == null) {
                        continue;
                    }
                    params.remove("period");
                    params.put("year", year);
                    try {
                        StatsQuery.parse(VICTIMS, params);
                    } catch (InvalidInputException refusedToo) {
                        continue;
                    }
                }
                queries++;
                List<Unit> filtered = people.stream().filter(u -> u.matches(query.filters())).toList();
                PublishedTable table = Aggregates.tabulate(VICTIMS, filtered, query.by(), CellKeyMethod.standard());
                for (int cell = 0; cell < table.cellCount(); cell++) {
                    var conjunction = query.conjunction(table.dimensions(), table.key(cell));
                    var published = new CellKeyMethod.Cell(table.shown(cell), table.status(cell));
                    var before = seen.putIfAbsent(conjunction, published);
                    assertThat(before == null || before.equals(published))
                            .as("%s is published alike in every query", conjunction).isTrue();
                    attack.publish(conjunction, meaning(published));
                }
            }
            var found = attack.recoverSmallCells();
            smallCells += attack.smallCells();
            System.out.println("cell-key method, population " + seed + " (" + people.size() + " persons): "
                    + attack.smallCells() + " cells under 5, " + found.size() + " recovered");
            recovered += found.size();
        }
        System.out.println(queries + " queries accepted over " + POPULATIONS + " populations");
        assertThat(smallCells).isGreaterThan(100);
        assertThat(recovered).isZero();
    }

    @Test
    void theBoundsOfTheQuerySpaceAreEnforced() {
        assertThat(StatsQuery.parse(VICTIMS, Map.of("by", "sex,region", "kind", "VICTIM", "period", "2024")).by())
                .containsExactly("sex", "region");
        assertThatRefused(Map.of("by", "sex,region", "kind", "VICTIM", "year", "2024"), "kind", "year");
        assertThatRefused(Map.of("by", "sex", "from", "2024-01-01", "to", "2024-06-15"), "to");
        assertThatRefused(Map.of("by", "sex", "from", "2024-02-01", "to", "2024-04-30"), "to");
        assertThatRefused(Map.of("by", "sex", "from", "2024-01-01"), "to");
        assertThatRefused(Map.of("by", "sex", "period", "2024-Q5"), "period");
        assertThat(StatsQuery.parse(VICTIMS, Map.of("by", "sex", "from", "2024-04-01", "to", "2024-06-30")).from())
                .hasToString("2024-04-01");
        assertThat(StatsQuery.parse(VICTIMS, Map.of("by", "sex", "period", "2024-03")).to()).hasToString("2024-03-31");
    }

    private static void assertThatRefused(Map<String, String> params, String... fields) {
        try {
            StatsQuery.parse(VICTIMS, params);
            throw new AssertionError("accepted " + params);
        } catch (InvalidInputException e) {
            assertThat(e.field()).isIn((Object[]) fields);
        }
    }

    /** What a reader may infer from one published cell under the cell-key method's public rules. */
    private static Range meaning(CellKeyMethod.Cell cell) {
        if (cell.status() == CellStatus.ZERO) {
            return new Range(0, 0);
        }
        if (cell.status() == CellStatus.SMALL) {
            return new Range(1, CellKeyMethod.STANDARD_THRESHOLD - 1 + CellKeyMethod.MAX_NOISE);
        }
        return new Range(Math.max(1, cell.value() - CellKeyMethod.MAX_NOISE), cell.value() + CellKeyMethod.MAX_NOISE);
    }

    /** The old publisher for dimensions that nest in nothing: one table, primary and complementary suppression. */
    private static ProtectedTable legacy(List<Unit> units, List<String> by) {
        List<List<String>> categories = new ArrayList<>();
        Map<String, List<String>> nonEmpty = new HashMap<>();
        for (String name : by) {
            Dimension dimension = VICTIMS.dimension(name).orElseThrow();
            var observed = new TreeSet<String>();
            units.forEach(u -> observed.addAll(u.of(name)));
            var values = new java.util.LinkedHashSet<>(dimension.categories());
            values.addAll(observed);
            categories.add(List.copyOf(values));
            nonEmpty.put(name, observed.stream().filter(v -> !dimension.categories().contains(v)).toList());
        }
        Map<List<String>, Long> cells = new HashMap<>();
        for (Unit unit : units) {
            List<String> key = new ArrayList<>();
            by.forEach(d -> key.add(unit.of(d).get(0)));
            cells.merge(key, 1L, Long::sum);
        }
        return DisclosureControl.standard().protect(CountTable.of(by, categories, cells), nonEmpty);
    }

    record Query(List<String> by, Map<String, String> filters) {

        /** The persons a published cell is about: the filters and the cell's own categories. */
        Map<String, String> conjunction(List<String> dimensions, List<String> key) {
            Map<String, String> conjunction = new HashMap<>(filters);
            for (int d = 0; d < key.size(); d++) {
                if (!key.get(d).equals("TOTAL")) {
                    conjunction.put(dimensions.get(d), key.get(d));
                }
            }
            return Map.copyOf(conjunction);
        }
    }

    /** Every table by one or two dimensions, with every combination of values of any of the other dimensions. */
    static List<Query> allQueries() {
        List<String> dims = List.copyOf(DOMAIN.keySet());
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            for (int j = i; j < dims.size(); j++) {
                List<String> by = i == j ? List.of(dims.get(i)) : List.of(dims.get(i), dims.get(j));
                List<String> others = dims.stream().filter(d -> !by.contains(d)).toList();
                for (Map<String, String> filters : conjunctions(others, 0, new LinkedHashMap<>())) {
                    queries.add(new Query(by, filters));
                }
            }
        }
        return queries;
    }

    /** Every conjunction of values over the dimensions (each dimension either free or fixed to one value). */
    private static List<Map<String, String>> conjunctions(List<String> dims, int i, Map<String, String> so) {
        if (i == dims.size()) {
            return List.of(Map.copyOf(so));
        }
        List<Map<String, String>> all = new ArrayList<>(conjunctions(dims, i + 1, so));
        for (String value : DOMAIN.get(dims.get(i))) {
            so.put(dims.get(i), value);
            all.addAll(conjunctions(dims, i + 1, so));
            so.remove(dims.get(i));
        }
        return all;
    }

    /** A seeded population with the skew of real registers: one large region, few witnesses, few of unknown sex. */
    static List<Unit> population(long seed) {
        var random = new Random(seed);
        int n = 30 + random.nextInt(70);
        List<Unit> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = random.nextInt(10);
            String region = r < 5 ? "UA-05" : r < 8 ? "UA-46" : r < 9 ? "UA-53" : "UA-68";
            int s = random.nextInt(20);
            String sex = s < 12 ? "FEMALE" : s < 19 ? "MALE" : "UNKNOWN";
            String kind = random.nextInt(6) == 0 ? "WITNESS" : "VICTIM";
            String year = DOMAIN.get("year").get(random.nextInt(3));
            long id = seed * 1000 + i;
            people.add(new Unit(id, KEYS.of("person", id), Map.of("sex", List.of(sex), "region", List.of(region),
                    "kind", List.of(kind), "year", List.of(year))));
        }
        return people;
    }

    /** What the reader knows of one group of persons: its count lies in [lo, hi]. */
    record Range(long lo, long hi) {
        static final Range ANY = new Range(0, Long.MAX_VALUE);

        Range and(Range other) {
            return new Range(Math.max(lo, other.lo), Math.min(hi, other.hi));
        }

        boolean exact() {
            return lo == hi;
        }
    }

    /** The solver: exact elimination over the finest cells, then linear programming over every range. */
    static final class Attack {

        private static final long P = 1_000_000_007L;
        private final List<Unit> people;
        private final List<Map<String, String>> atoms;
        private final Map<Map<String, String>, Range> known = new LinkedHashMap<>();
        private final List<long[]> basis = new ArrayList<>();
        private final List<Integer> pivots = new ArrayList<>();
        private int smallCells;

        Attack(List<Unit> people) {
            this.people = people;
            this.atoms = conjunctions(List.copyOf(DOMAIN.keySet()), 0, new LinkedHashMap<>()).stream()
                    .filter(m -> m.size() == DOMAIN.size()).toList();
        }

        void publish(Map<String, String> conjunction, Range range) {
            known.merge(conjunction, range, Range::and);
        }

        int smallCells() {
            return smallCells;
        }

        /** Every conjunction (finest cells, margins) with a true count from 1 to 4 whose value is certain. */
        Map<Map<String, String>, Long> recoverSmallCells() {
            known.forEach((conjunction, range) -> {
                if (range.exact()) {
                    equation(conjunction, range.lo());
                }
            });
            Map<Map<String, String>, Long> found = new LinkedHashMap<>();
            smallCells = 0;
            for (Map<String, String> conjunction : conjunctions(List.copyOf(DOMAIN.keySet()), 0, new LinkedHashMap<>())) {
                long truth = people.stream().filter(u -> u.matches(conjunction)).count();
                if (truth < 1 || truth > 4) {
                    continue;
                }
                smallCells++;
                Long value = solve(conjunction);
                if (value == null) {
                    value = bounds(conjunction);
                }
                if (value != null) {
                    assertThat(value).as("a sound solver cannot be certain of a wrong value").isEqualTo(truth);
                    found.put(conjunction, value);
                }
            }
            return found;
        }

        /** The finest cells a conjunction covers, as a 0/1 row. */
        private double[] coefficients(Map<String, String> conjunction) {
            double[] row = new double[atoms.size()];
            for (int a = 0; a < atoms.size(); a++) {
                Map<String, String> atom = atoms.get(a);
                row[a] = conjunction.entrySet().stream().allMatch(e -> e.getValue().equals(atom.get(e.getKey()))) ? 1 : 0;
            }
            return row;
        }

        /** The value when the smallest and largest counts the ranges allow meet, else null. */
        private Long bounds(Map<String, String> target) {
            List<LinearConstraint> constraints = new ArrayList<>();
            known.forEach((conjunction, range) -> {
                double[] row = coefficients(conjunction);
                if (range.exact()) {
                    constraints.add(new LinearConstraint(row, Relationship.EQ, range.lo()));
                } else {
                    constraints.add(new LinearConstraint(row, Relationship.GEQ, range.lo()));
                    if (range.hi() != Long.MAX_VALUE) {
                        constraints.add(new LinearConstraint(row, Relationship.LEQ, range.hi()));
                    }
                }
            });
            var objective = new LinearObjectiveFunction(coefficients(target), 0);
            var set = new LinearConstraintSet(constraints);
            double min = new SimplexSolver().optimize(new MaxIter(100_000), objective, set, GoalType.MINIMIZE,
                    new NonNegativeConstraint(true)).getValue();
            double max = new SimplexSolver().optimize(new MaxIter(100_000), objective, set, GoalType.MAXIMIZE,
                    new NonNegativeConstraint(true)).getValue();
            long low = (long) Math.ceil(min - 1e-6);
            long high = (long) Math.floor(max + 1e-6);
            return low == high ? low : null;
        }

        private void equation(Map<String, String> conjunction, long value) {
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

        /** The value the exact equations fix for the conjunction, or null when they do not fix it. */
        private Long solve(Map<String, String> conjunction) {
            long[] row = reduce(row(conjunction, 0));
            if (firstNonZero(row) >= 0) {
                return null;
            }
            long v = Math.floorMod(-row[atoms.size()], P);
            return v > P / 2 ? v - P : v;
        }

        private long[] row(Map<String, String> conjunction, long value) {
            double[] c = coefficients(conjunction);
            long[] row = new long[atoms.size() + 1];
            for (int a = 0; a < c.length; a++) {
                row[a] = (long) c[a];
            }
            row[atoms.size()] = Math.floorMod(value, P);
            return row;
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
