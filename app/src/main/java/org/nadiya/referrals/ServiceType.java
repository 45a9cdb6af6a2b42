package org.nadiya.referrals;

/** Services a partner offers and a person's needs refer to (shared/domain/victim-support.md). */
public enum ServiceType {
    SAFETY,
    SHELTER,
    MEDICAL,
    PSYCHOLOGICAL,
    LEGAL_AID,
    SOCIAL_SERVICES,
    DOCUMENTS,
    EMPLOYMENT_EDUCATION,
    RETURN_REINTEGRATION,
    CHILD_CARE,
    INTERPRETATION,
    HUMANITARIAN_AID
}
