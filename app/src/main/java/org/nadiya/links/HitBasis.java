package org.nadiya.links;

/** What two proceedings share: an identifier (exact, by match key) or a person's name (scored across spellings). */
public enum HitBasis {
    IDENTIFIER,
    PERSON_NAME
}
