package org.nadiya.cases;

import java.util.Map;
import java.util.Optional;

/**
 * Maximum imprisonment, in years, of the article parts met in trafficking cases (CC, consolidated February
 * 2026, as summarised in shared/domain/criminal-law.md). It decides seriousness and so the deadline ceiling.
 */
public final class ArticleCatalogue {

    private static final Map<String, int[]> MAX_YEARS_BY_PART = Map.of(
            "149", new int[] {8, 12, 15},
            "150", new int[] {3, 5, 10},
            "150-1", new int[] {3, 8, 10},
            "151-2", new int[] {3, 5},
            "301-1", new int[] {12, 15},
            "303", new int[] {5, 7, 10, 15},
            "332", new int[] {5, 7, 9},
            "438", new int[] {12, 15});

    private ArticleCatalogue() {
    }

    public static Optional<Integer> maxYears(LegalQualification q) {
        int[] parts = MAX_YEARS_BY_PART.get(q.article());
        return parts == null || q.part() > parts.length ? Optional.empty() : Optional.of(parts[q.part() - 1]);
    }

    public static boolean knows(LegalQualification q) {
        return maxYears(q).isPresent();
    }

    /**
     * The most serious of the qualifications. An article part outside the catalogue counts as grave, the
     * category of every Art. 149 part, so that an unknown part never shortens a deadline by mistake.
     */
    public static Seriousness seriousness(java.util.Collection<LegalQualification> qualifications) {
        Seriousness worst = Seriousness.NON_GRAVE;
        for (LegalQualification q : qualifications) {
            Seriousness s = maxYears(q).map(Seriousness::ofMaxYears).orElse(Seriousness.GRAVE);
            if (s.compareTo(worst) > 0) {
                worst = s;
            }
        }
        return worst;
    }
}
