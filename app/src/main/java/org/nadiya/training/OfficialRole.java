package org.nadiya.training;

/** What a participant does in their agency. */
public enum OfficialRole {
    PROSECUTOR,
    INVESTIGATOR,
    OPERATIVE,
    JUDGE,
    SUPPORT_SPECIALIST,
    OTHER
}
