package org.nadiya.victims;

/** Whether the Coordination Centre is supporting the person now. */
public enum CaseStatus {
    OPEN,
    CLOSED
}
