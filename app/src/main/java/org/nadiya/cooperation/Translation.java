package org.nadiya.cooperation;

/** Whether the request (or the answer) still waits for its translation. */
public enum Translation {
    NOT_NEEDED,
    NEEDED,
    IN_PROGRESS,
    DONE
}
