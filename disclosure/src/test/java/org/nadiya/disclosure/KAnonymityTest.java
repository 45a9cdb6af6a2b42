package org.nadiya.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The output of every seeded random export is k-anonymous on its quasi-identifiers, and nothing is invented. */
class KAnonymityTest {

    private static final List<String> COLUMNS = List.of("id", "ageBroad", "gender", "citizenship", "region", "year");
    private static final List<String> QI = List.of("citizenship", "region", "ageBroad", "gender", "year");

    @Test
    void everyCombinationInTheOutputIsSharedByAtLeastKRecords() {
        for (long seed = 1; seed <= 200; seed++) {
            final long s = seed;
            var random = new Random(seed);
            int k = 2 + random.nextInt(12);
            List<List<String>> rows = records(random, 20 + random.nextInt(300));
            var result = new KAnonymity(k).anonymise(COLUMNS, rows, QI);
            int[] qi = QI.stream().mapToInt(COLUMNS::indexOf).toArray();
            KAnonymity.classSizes(result.rows(), qi).forEach((key, size) ->
                    assertThat(size).as("seed %d k %d: class %s", s, k, key)
                            .isGreaterThanOrEqualTo(k));
            assertThat(result.rows().size() + result.droppedRecords()).isEqualTo(rows.size());
            for (List<String> out : result.rows()) {
                List<String> original = rows.stream().filter(r -> r.get(0).equals(out.get(0))).findFirst().orElseThrow();
                for (int c = 0; c < COLUMNS.size(); c++) {
                    assertThat(out.get(c)).as("seed %d: a value is kept or suppressed, never changed", s)
                            .isIn(original.get(c), KAnonymity.SUPPRESSED);
                }
            }
        }
    }

    @Test
    void largeClassesAreLeftAlone() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            rows.add(List.of("" + i, "18--24", "Female", "UA", "WEST", "2025"));
        }
        rows.add(List.of("x", "35+", "Male", "MD", "EAST", "2024"));
        var result = new KAnonymity(KAnonymity.DEFAULT_K).anonymise(COLUMNS, rows, QI);
        assertThat(result.rows()).hasSize(11).allSatisfy(r -> assertThat(r).doesNotContain(KAnonymity.SUPPRESSED));
        assertThat(result.droppedRecords()).isEqualTo(1);
    }

    @Test
    void generalisationCoarsensRegionsDatesAndAges() {
        assertThat(Generalisation.macroRegion("UA-46")).isEqualTo("WEST");
        assertThat(Generalisation.macroRegion("UA-30")).isEqualTo("KYIV");
        assertThat(Generalisation.macroRegion("XX")).isEqualTo(Generalisation.UNKNOWN);
        assertThat(Generalisation.year(LocalDate.of(2025, 3, 9))).isEqualTo("2025");
        assertThat(Generalisation.majorityStatus("9--17")).isEqualTo("Minor");
        assertThat(Generalisation.majorityStatus("0--8")).isEqualTo("Minor");
        assertThat(Generalisation.majorityStatus("18--20")).isEqualTo("Adult");
        assertThat(Generalisation.majorityStatus("48+")).isEqualTo("Adult");
        assertThat(Generalisation.majorityStatus("Unknown")).isEqualTo(Generalisation.UNKNOWN);
        assertThat(Generalisation.majorityStatus("14-17")).as("a recorded age group is not a CTDC band")
                .isEqualTo(Generalisation.UNKNOWN);
    }

    private static List<List<String>> records(Random random, int n) {
        String[] ages = {"0--17", "18--24", "25--34", "35+"};
        String[] sexes = {"Female", "Male"};
        String[] countries = {"UA", "UA", "UA", "MD", "BY", "PL"};
        String[] regions = {"WEST", "EAST", "SOUTH", "KYIV", "CENTRE", "NORTH"};
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(List.of("" + i, ages[random.nextInt(ages.length)], sexes[random.nextInt(2)],
                    countries[random.nextInt(countries.length)], regions[random.nextInt(regions.length)],
                    "" + (2022 + random.nextInt(4))));
        }
        return rows;
    }
}
