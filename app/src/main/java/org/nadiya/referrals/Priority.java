package org.nadiya.referrals;

/** Priority of a need. */
public enum Priority {
    URGENT, HIGH, NORMAL
}
