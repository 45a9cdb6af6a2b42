package org.nadiya.victims;

import java.util.Set;

import org.nadiya.cases.ExploitationForm;

/**
 * What a partner organisation may read of a person at this moment, as the person's consent allows: each part is
 * null when the consent (to the named organisation or to any provider of the service) does not cover it. Never
 * stored: computed on every read, so a withdrawal takes effect at once.
 */
public record PartnerDisclosure(Identity identity, CaseDetails caseDetails) {

    /** Non-identifying facts a partner needs to help (shared under {@link ConsentScope#SHARE_CASE_DETAILS}). */
    public record CaseDetails(PersonKind kind, Sex sex, AgeGroup ageGroup, boolean child, String citizenship,
                              String regionCode, Set<ExploitationForm> exploitationForms, boolean crsv) {
    }

    public static final PartnerDisclosure NOTHING = new PartnerDisclosure(null, null);
}
