package org.nadiya.cases.internal;

import java.time.LocalDate;

import org.nadiya.cases.DeadlineExtension;
import org.nadiya.cases.Proceeding;
import org.nadiya.security.InvalidInputException;

/**
 * Extensions of the pre-trial time limit (CPC Arts. 294–295): to 3 months by the head of the prosecutor's
 * office, to 6 and then 12 by an investigating judge, never beyond the ceiling for the crime's seriousness.
 */
final class ExtensionRules {

    private ExtensionRules() {
    }

    static void check(Proceeding p, int totalMonths, DeadlineExtension.Grantor grantor, String grantorName,
                      LocalDate on, LocalDate today) {
        if (p.suspicionOn() == null || p.deadline() == null) {
            throw new InvalidInputException("totalMonths", "the time limit runs from the notice of suspicion; there is none yet");
        }
        if (grantor == null) {
            throw new InvalidInputException("grantedBy", "say who granted the extension");
        }
        if (totalMonths != 3 && totalMonths != 6 && totalMonths != 12) {
            throw new InvalidInputException("totalMonths", "the limit is extended to 3, 6 or 12 months in total");
        }
        if (totalMonths > grantor.maxMonths() || (grantor == DeadlineExtension.Grantor.INVESTIGATING_JUDGE && totalMonths < 6)) {
            throw new InvalidInputException("totalMonths", grantor == DeadlineExtension.Grantor.HEAD_OF_PROSECUTORS_OFFICE
                    ? "the head of the prosecutor's office extends to 3 months at most; 6 and 12 need an investigating judge"
                    : "an investigating judge extends to 6 or 12 months");
        }
        if (totalMonths > p.deadline().ceilingMonths()) {
            throw new InvalidInputException("totalMonths", "the ceiling for a " + p.seriousness().name().toLowerCase()
                    .replace('_', ' ') + " crime is " + p.deadline().ceilingMonths() + " months");
        }
        if (totalMonths <= p.deadline().allowedMonths()) {
            throw new InvalidInputException("totalMonths", "the limit is already " + p.deadline().allowedMonths() + " months");
        }
        if (grantorName == null || grantorName.isBlank() || grantorName.length() > 200) {
            throw new InvalidInputException("grantedByName", "name who granted it (1 to 200 characters)");
        }
        if (on == null || on.isAfter(today) || on.isBefore(p.suspicionOn())) {
            throw new InvalidInputException("grantedOn", "the grant date lies between the notice of suspicion and today");
        }
    }
}
