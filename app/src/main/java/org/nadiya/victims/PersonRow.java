package org.nadiya.victims;

import java.time.LocalDate;

/** A line of the persons list: the pseudonym and non-identifying attributes only. */
public record PersonRow(long id, String pseudonym, PersonKind kind, Sex sex, AgeGroup ageGroup, String citizenship,
                        String regionCode, boolean crsv, LocalDate registeredOn) {

    public boolean child() {
        return ageGroup.child();
    }
}
