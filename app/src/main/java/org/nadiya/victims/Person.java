package org.nadiya.victims;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.nadiya.cases.ExploitationForm;

/**
 * A protected person as everyday screens show it: pseudonym and non-identifying attributes, never identity.
 *
 * @param registeredBy    user id of the coordinator (or case worker) who registered the person
 * @param overridden      a prosecutor has recorded a disclosure override for this person
 * @param hasRepresentative a legal representative is recorded (identity fields, encrypted, or a linked person)
 * @param coordinator     username of the responsible coordinator; null when none is assigned
 * @param representative  the pseudonym of the linked legal representative (a protected person); null if none
 * @param hasPhoto        a photo is stored (shown only with the identity)
 */
public record Person(long id, String pseudonym, PersonKind kind, Sex sex, AgeGroup ageGroup, String citizenship,
                     String regionCode, Set<ExploitationForm> exploitationForms, boolean crsv, LocalDate registeredOn,
                     long registeredBy, String registeredByUsername, boolean overridden, boolean hasRepresentative,
                     List<Participation> participations, String coordinator, Representative representative,
                     boolean hasPhoto) {

    /** A child's legal representative: another protected person, by id and pseudonym only. */
    public record Representative(long id, String pseudonym) {
    }

    /** Under 18 or of unclear age: handled as a child (legal representative, child-friendly interviews). */
    public boolean child() {
        return ageGroup.child();
    }
}
