package org.nadiya.identification.indicators;

/** How strongly the observations point to trafficking. A signal for action, never a verdict. */
public enum Signal {
    STRONG, MEDIUM, WEAK
}
