package org.nadiya.victims;

public enum InterviewStatus {
    PLANNED, DONE, CANCELLED
}
