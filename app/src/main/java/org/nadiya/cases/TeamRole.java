package org.nadiya.cases;

/**
 * What a member does on a proceeding's team. An {@code ANALYST} (a user with the analyst role) sees the proceeding
 * and what is attached to it as a team member, works on its identifiers and hits, but changes no register data,
 * reads no identity and is not a hit contact (decision 0029).
 */
public enum TeamRole {
    OPERATIVE,
    INVESTIGATOR,
    PROSECUTOR,
    ANALYST
}
