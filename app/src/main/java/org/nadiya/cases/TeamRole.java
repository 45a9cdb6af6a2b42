package org.nadiya.cases;

/** What a member does on a proceeding's team. */
public enum TeamRole {
    OPERATIVE,
    INVESTIGATOR,
    PROSECUTOR
}
