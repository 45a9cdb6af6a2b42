package org.nadiya.victims;

/**
 * The procedural position of a protected person, overall and in each proceeding (CPC Arts. 55, 56, 65). A child's
 * legal representative (present at a child's interviews: shared/domain/procedure.md) is registered as a person of
 * its own and linked to the child.
 */
public enum PersonKind {
    VICTIM,
    WITNESS,
    VICTIM_WITNESS,
    LEGAL_REPRESENTATIVE
}
