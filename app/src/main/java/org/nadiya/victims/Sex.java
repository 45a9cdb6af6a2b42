package org.nadiya.victims;

/** Sex as recorded for statistics; {@code UNKNOWN} when the person did not say. */
public enum Sex {
    FEMALE,
    MALE,
    UNKNOWN
}
