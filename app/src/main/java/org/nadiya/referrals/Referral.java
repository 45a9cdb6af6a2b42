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
 * @param priority        the priority of the need referred (URGENT is shown to the partner as such)
 * @param contact         whom the partner calls about it: the person's responsible coordinator, else the sender;
 *                        filled on the referral's own page, null in lists
 */
public record Referral(long id, Long needId, Long personId, String partnerCode, org.nadiya.victims.ServiceType service,
                       ReferralStatus status, boolean sentIdentity, boolean sentCaseDetails, Instant sentAt,
                       String sentBy, Instant answeredAt, DeclineReason declineReason, ReferralOutcome outcome,
                       boolean overdue, PartnerDisclosure shared, Priority priority, Contact contact) {

    /** A coordinator's work contact: name and e-mail (either may be null). */
    public record Contact(String name, String email) {
    }
}
