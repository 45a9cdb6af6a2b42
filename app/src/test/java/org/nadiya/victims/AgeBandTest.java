package org.nadiya.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The CTDC bands from a date of birth, their edges, and the same child rule as the recorded age group. */
class AgeBandTest {

    private static final LocalDate ON = LocalDate.of(2026, 11, 28);

    @Test
    void bandsFollowCtdcEdgesOnTheDayOfRegistration() {
        assertThat(AgeBand.of(ON.minusYears(9).plusDays(1), ON)).isEqualTo(AgeBand.AGE_0_8);
        assertThat(AgeBand.of(ON.minusYears(9), ON)).isEqualTo(AgeBand.AGE_9_17);
        assertThat(AgeBand.of(ON.minusYears(18).plusDays(1), ON)).isEqualTo(AgeBand.AGE_9_17);
        assertThat(AgeBand.of(ON.minusYears(18), ON)).isEqualTo(AgeBand.AGE_18_20);
        assertThat(AgeBand.of(ON.minusYears(21), ON)).isEqualTo(AgeBand.AGE_21_23);
        assertThat(AgeBand.of(ON.minusYears(26), ON)).isEqualTo(AgeBand.AGE_24_26);
        assertThat(AgeBand.of(ON.minusYears(29), ON)).isEqualTo(AgeBand.AGE_27_29);
        assertThat(AgeBand.of(ON.minusYears(30), ON)).isEqualTo(AgeBand.AGE_30_38);
        assertThat(AgeBand.of(ON.minusYears(48).plusDays(1), ON)).isEqualTo(AgeBand.AGE_39_47);
        assertThat(AgeBand.of(ON.minusYears(48), ON)).isEqualTo(AgeBand.AGE_48_PLUS);
        assertThat(AgeBand.of(ON.minusYears(101), ON)).isEqualTo(AgeBand.AGE_48_PLUS);
        assertThat(AgeBand.of(null, ON)).isEqualTo(AgeBand.UNKNOWN);
    }

    @Test
    void labelsAreCtdcs() {
        assertThat(AgeBand.AGE_0_8.ctdcLabel()).isEqualTo("0--8");
        assertThat(AgeBand.AGE_9_17.ctdcLabel()).isEqualTo("9--17");
        assertThat(AgeBand.AGE_30_38.ctdcLabel()).isEqualTo("30--38");
        assertThat(AgeBand.AGE_48_PLUS.ctdcLabel()).isEqualTo("48+");
        assertThat(AgeBand.UNKNOWN.ctdcLabel()).isEqualTo("Unknown");
    }

    @Test
    void aChildByBandIsAChildByAgeGroupForEveryAgeAndForUnclearAge() {
        for (int days = 0; days < 70 * 366; days += 5) {
            LocalDate born = ON.minusDays(days);
            assertThat(AgeBand.of(born, ON).child()).as("born %s", born).isEqualTo(AgeGroup.of(born, ON).child());
        }
        assertThat(AgeBand.of(null, ON).child()).isEqualTo(AgeGroup.of(null, ON).child()).isTrue();
    }
}
