package org.nadiya.identification.indicators;

/**
 * The age the officer observes or is told. A person of unclear age is treated as a child until the age is
 * established (Law 3739-VI, Art. 3), so {@code UNCLEAR} takes the child path.
 */
public enum AgeBand {
    UNDER_14, AGE_14_17, ADULT, UNCLEAR;

    public boolean childPath() {
        return this != ADULT;
    }
}
