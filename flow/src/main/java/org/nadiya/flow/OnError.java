package org.nadiya.flow;

/** What a bad row does: {@code FAIL} stops the import (nothing is imported), {@code SKIP} counts and lists it. */
public enum OnError {
    FAIL, SKIP
}
