package org.nadiya.victims;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age group for statistics, computed from the date of birth. Without a date of birth the age is unclear, and a
 * person of unclear age is treated as a child until the age is established (Law 3739-VI, Art. 3).
 */
public enum AgeGroup {
    AGE_0_13(0, 13),
    AGE_14_17(14, 17),
    AGE_18_24(18, 24),
    AGE_25_34(25, 34),
    AGE_35_49(35, 49),
    AGE_50_PLUS(50, Integer.MAX_VALUE),
    UNKNOWN(-1, -1);

    private final int from;
    private final int to;

    AgeGroup(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public static AgeGroup of(LocalDate birthDate, LocalDate on) {
        if (birthDate == null) {
            return UNKNOWN;
        }
        int years = Period.between(birthDate, on).getYears();
        for (AgeGroup group : values()) {
            if (group != UNKNOWN && years >= group.from && years <= group.to) {
                return group;
            }
        }
        return UNKNOWN;
    }

    /** Under 18, or of unclear age. */
    public boolean child() {
        return this == AGE_0_13 || this == AGE_14_17 || this == UNKNOWN;
    }

    /** The label used in statistics: 0-13, 14-17, ..., 50+, UNKNOWN. */
    public String label() {
        return this == UNKNOWN ? "UNKNOWN" : to == Integer.MAX_VALUE ? from + "+" : from + "-" + to;
    }
}
