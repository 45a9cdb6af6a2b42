package org.nadiya.referrals;

/** Status of a need. */
public enum NeedStatus {
    OPEN, IN_PROGRESS, MET, CLOSED
}
