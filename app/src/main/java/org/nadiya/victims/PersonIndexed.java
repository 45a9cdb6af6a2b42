package org.nadiya.victims;

/**
 * Published when a person's name keys or proceedings changed (the person was linked to a proceeding, or indexed at
 * start under new blocking rules): a listener may look for the person in other proceedings
 * ({@link PersonNameMatches#similarTo}). Carries the id only, never a name.
 */
public record PersonIndexed(long personId) {
}
