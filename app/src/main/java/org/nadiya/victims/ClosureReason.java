package org.nadiya.victims;

/** Why support ended; no free text, so that the reason identifies nobody. */
public enum ClosureReason {
    GOALS_ACHIEVED,
    PERSON_DECLINED,
    REFERRED_ELSEWHERE,
    MOVED_ABROAD,
    CONTACT_LOST,
    DECEASED,
    OTHER
}
