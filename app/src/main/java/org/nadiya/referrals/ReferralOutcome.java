package org.nadiya.referrals;

/** How a referral ended (a fixed list: no free text about the person). */
public enum ReferralOutcome {
    SERVICE_DELIVERED, PARTLY_DELIVERED, PERSON_DECLINED_HELP, PERSON_UNREACHABLE, REFERRED_ONWARD, OTHER
}
