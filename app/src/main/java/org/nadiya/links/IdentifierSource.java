package org.nadiya.links;

/** Where an identifier came from. */
public enum IdentifierSource {
    MANUAL,
    CSV,
    STATEMENT,
    AD
}
