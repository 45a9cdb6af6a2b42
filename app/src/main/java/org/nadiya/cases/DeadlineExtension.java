package org.nadiya.cases;

import java.time.LocalDate;

/**
 * An extension of the pre-trial investigation to {@code totalMonths} after the notice of suspicion, and who
 * granted it (CPC Arts. 294–295).
 */
public record DeadlineExtension(long id, int totalMonths, Grantor grantedBy, String grantedByName, LocalDate grantedOn) {

    public enum Grantor {
        /** Head of the regional or district prosecutor's office: up to 3 months. */
        HEAD_OF_PROSECUTORS_OFFICE(3),
        /** Investigating judge: up to 6, then up to 12 months. */
        INVESTIGATING_JUDGE(12);

        private final int maxMonths;

        Grantor(int maxMonths) {
            this.maxMonths = maxMonths;
        }

        public int maxMonths() {
            return maxMonths;
        }
    }
}
