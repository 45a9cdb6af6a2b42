package org.nadiya.referrals;

import java.time.Instant;

import org.nadiya.victims.PartnerDisclosure;

/**
 * A referral as its reader may see it. For a partner's user {@code personId} and {@code needId} are null and
 * {@code shared} holds only what the person's consent allows at the moment of reading (and allowed at sending);
 * in lists {@code shared} is null.
 *
 * @param sentIdentity    the consent at sending covered identity
 * @param sentCaseDetails the consent at sending covered case details
 * @param overdue         still SENT after the configured number of days without an answer
 */
public record Referral(long id, Long needId, Long personId, String partnerCode, org.nadiya.victims.ServiceType service,
                       ReferralStatus status, boolean sentIdentity, boolean sentCaseDetails, Instant sentAt,
                       String sentBy, Instant answeredAt, DeclineReason declineReason, ReferralOutcome outcome,
                       boolean overdue, PartnerDisclosure shared) {
}
