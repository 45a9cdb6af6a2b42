package org.nadiya.victims;

import java.time.LocalDate;

/**
 * A line of the persons list: the pseudonym and non-identifying attributes only.
 *
 * @param coordinator username of the responsible coordinator; null when none is assigned
 * @param caseStatus  whether the person is being supported now
 */
public record PersonRow(long id, String pseudonym, PersonKind kind, Sex sex, AgeGroup ageGroup, String citizenship,
                        String regionCode, boolean crsv, LocalDate registeredOn, String coordinator,
                        CaseStatus caseStatus) {

    public boolean child() {
        return ageGroup.child();
    }
}
