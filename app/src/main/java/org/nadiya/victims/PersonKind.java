package org.nadiya.victims;

/** The procedural position of a protected person, overall and in each proceeding (CPC Arts. 55, 56, 65). */
public enum PersonKind {
    VICTIM,
    WITNESS,
    VICTIM_WITNESS
}
