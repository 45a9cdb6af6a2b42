package org.nadiya.training;

/** Central bodies (region {@code UA}) or a regional office (an oblast). */
public enum Level {
    CENTRAL,
    REGIONAL
}
