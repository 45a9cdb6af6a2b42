package org.nadiya.victims;

import java.time.LocalDate;

/**
 * A threat assessment (suspects or their circle). Description and measures are encrypted at rest; they are
 * {@code null} here when the reader may not see them ({@code detailsShown} false).
 */
public record RiskAssessment(long id, long personId, RiskLevel level, String description, String measures,
                             LocalDate assessedOn, LocalDate reviewOn, String assessedBy, boolean reviewOverdue,
                             boolean detailsShown) {

    @Override
    public String toString() {
        return "RiskAssessment[id=" + id + ", personId=" + personId + ", level=" + level + ", details redacted]";
    }
}
