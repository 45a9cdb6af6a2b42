package org.nadiya.victims;

public enum StatusDecision {
    PENDING, GRANTED, REFUSED
}
