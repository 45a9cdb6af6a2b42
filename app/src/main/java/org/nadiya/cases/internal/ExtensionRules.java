package org.nadiya.cases.internal;

import java.time.LocalDate;

import org.nadiya.cases.DeadlineExtension;
import org.nadiya.cases.Proceeding;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.kernel.Text;

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
            throw new InvalidInputException("totalMonths", "error.cases.extension.noSuspicion");
        }
        if (grantor == null) {
            throw new InvalidInputException("grantedBy", "error.cases.grantedBy.required");
        }
        if (totalMonths != 3 && totalMonths != 6 && totalMonths != 12) {
            throw new InvalidInputException("totalMonths", "error.cases.totalMonths.allowed");
        }
        if (totalMonths > grantor.maxMonths() || (grantor == DeadlineExtension.Grantor.INVESTIGATING_JUDGE && totalMonths < 6)) {
            throw new InvalidInputException("totalMonths", grantor == DeadlineExtension.Grantor.HEAD_OF_PROSECUTORS_OFFICE
                    ? "error.cases.totalMonths.head" : "error.cases.totalMonths.judge");
        }
        if (totalMonths > p.deadline().ceilingMonths()) {
            throw new InvalidInputException("totalMonths", "error.cases.totalMonths.ceiling",
                    Text.label("seriousness", p.seriousness()), p.deadline().ceilingMonths());
        }
        if (totalMonths <= p.deadline().allowedMonths()) {
            throw new InvalidInputException("totalMonths", "error.cases.totalMonths.already", p.deadline().allowedMonths());
        }
        if (grantorName == null || grantorName.isBlank() || grantorName.length() > 200) {
            throw new InvalidInputException("grantedByName", "error.cases.grantedByName.length");
        }
        if (on == null || on.isAfter(today) || on.isBefore(p.suspicionOn())) {
            throw new InvalidInputException("grantedOn", "error.cases.grantedOn.range");
        }
    }
}
