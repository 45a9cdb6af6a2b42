package org.nadiya.referrals;

/** What a referral to this partner would share, from the person's consent now: shown before sending. */
public record Disclosure(String partnerCode, boolean identity, boolean caseDetails) {
}
