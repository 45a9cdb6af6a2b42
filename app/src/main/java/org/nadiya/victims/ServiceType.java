package org.nadiya.victims;

/** Kinds of help a person may be referred to (the National Mechanism of Interaction, Law 3739-VI Art. 13). */
public enum ServiceType {
    SAFETY,
    SHELTER,
    MEDICAL,
    PSYCHOLOGICAL,
    LEGAL_AID,
    SOCIAL,
    DOCUMENTS,
    EMPLOYMENT_EDUCATION,
    RETURN_REINTEGRATION,
    CHILD_CARE,
    INTERPRETATION,
    HUMANITARIAN
}
