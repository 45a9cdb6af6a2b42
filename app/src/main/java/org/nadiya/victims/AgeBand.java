package org.nadiya.victims;

import java.time.LocalDate;
import java.time.Period;

/**
 * The Counter Trafficking Data Collaborative's broad age band ({@code ageBroad}: 0--8, 9--17, 18--20, 21--23, 24--26,
 * 27--29, 30--38, 39--47, 48+; docs/sources.md), computed from the date of birth on the day of registration, the same
 * day as {@link AgeGroup}, and stored in clear for statistics (decision 0031). Without a date of birth the band is
 * {@link #UNKNOWN}, and such a person is handled as a child elsewhere, as {@link AgeGroup#UNKNOWN} is.
 */
public enum AgeBand {
    AGE_0_8(0, 8),
    AGE_9_17(9, 17),
    AGE_18_20(18, 20),
    AGE_21_23(21, 23),
    AGE_24_26(24, 26),
    AGE_27_29(27, 29),
    AGE_30_38(30, 38),
    AGE_39_47(39, 47),
    AGE_48_PLUS(48, Integer.MAX_VALUE),
    UNKNOWN(-1, -1);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The band of a person born on {@code birthDate}, on the day {@code on}; UNKNOWN without a date of birth. */
    public static AgeBand of(LocalDate birthDate, LocalDate on) {
        if (birthDate == null || on == null) {
            return UNKNOWN;
        }
        int years = Period.between(birthDate, on).getYears();
        for (AgeBand band : values()) {
            if (band != UNKNOWN && years >= band.from && years <= band.to) {
                return band;
            }
        }
        return UNKNOWN;
    }

    /** Under 18, or of unclear age: the same rule as {@link AgeGroup#child()}. */
    public boolean child() {
        return this == AGE_0_8 || this == AGE_9_17 || this == UNKNOWN;
    }

    /** The band as CTDC writes it ("0--8", "48+"), or "Unknown". */
    public String ctdcLabel() {
        return this == UNKNOWN ? "Unknown" : to == Integer.MAX_VALUE ? from + "+" : from + "--" + to;
    }
}
