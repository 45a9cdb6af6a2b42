package org.nadiya.cooperation;

/** Outgoing: Ukraine asks; incoming: a foreign authority asks Ukraine. */
public enum Direction {
    OUTGOING,
    INCOMING
}
