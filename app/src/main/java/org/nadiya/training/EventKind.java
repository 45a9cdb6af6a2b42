package org.nadiya.training;

public enum EventKind {
    TRAINING,
    STUDY_VISIT,
    WORKSHOP
}
