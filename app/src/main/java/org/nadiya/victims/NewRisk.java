package org.nadiya.victims;

import java.time.LocalDate;

/** A risk assessment to record; description and measures are encrypted on arrival. */
public record NewRisk(RiskLevel level, String description, String measures, LocalDate assessedOn, LocalDate reviewOn) {

    @Override
    public String toString() {
        return "NewRisk[level=" + level + ", details redacted]";
    }
}
