package org.nadiya.referrals;

/** Why a partner declines a referral (a fixed list: no free text about the person). */
public enum DeclineReason {
    NO_CAPACITY, SERVICE_NOT_OFFERED, OUTSIDE_AREA, CONFLICT_OF_INTEREST, OTHER
}
