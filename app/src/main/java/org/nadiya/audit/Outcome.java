package org.nadiya.audit;

/** Whether the audited act was carried out or refused. */
public enum Outcome {
    ALLOWED,
    DENIED
}
