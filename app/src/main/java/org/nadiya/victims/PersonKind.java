package org.nadiya.victims;

/**
 * The procedural position of a protected person, overall and in each proceeding (CPC Arts. 44, 55, 56, 65): a
 * child's legal representative is registered as a person of its own and linked to the child.
 */
public enum PersonKind {
    VICTIM,
    WITNESS,
    VICTIM_WITNESS,
    LEGAL_REPRESENTATIVE
}
