package org.nadiya.identification.indicators;

/** The officer's answer to one indicator; an indicator not asked counts as {@code UNKNOWN}. */
public enum Answer {
    YES, NO, UNKNOWN
}
