package org.nadiya.referrals;

/** How a coordinator told a person about a change in their proceeding. */
public enum InformChannel {
    IN_PERSON,
    PHONE,
    MESSENGER,
    LETTER,
    THROUGH_REPRESENTATIVE,
    THROUGH_LAWYER
}
